"""Greedy LZ parsing with a table of last positions of 4-byte sequences (LZ4-like).

Every 4-byte sequence is remembered by its last position; when the sequence at the
current position was seen within 64 KiB, the match is extended forward and a
(literal run, offset, match length) sequence is emitted, otherwise the byte becomes a
literal. The sequences are decoded again to check the round trip.

Keywords: lz4, hash table, greedy parsing, matches, literals, compression
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

PHRASES = [b"GET /index.html ", b"HTTP/1.1 200 OK ", b"Host: example ", b"Accept: */* ", b"\r\n"]


@python_benchmark(args=(400000, 5), cases=[(0, 1), (3, 2), (40, 3), (3000, 4)])
def lz_hash_chain_matcher(n: int, seed: int) -> Tuple[int, int, int, List[Tuple[int, int, int]], bool]:
    """Return (sequences, literal bytes, matched bytes, first 6 sequences, round trip ok)."""
    state = seed
    data = bytearray()
    while len(data) < n:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if state % 4:
            data += PHRASES[(state >> 8) % len(PHRASES)]
        else:
            data += bytes(48 + (state >> k) % 10 for k in range(4, 4 + (state >> 20) % 6))
    data = bytes(data[:n])
    table = {}
    seqs = []
    literals = matched = 0
    anchor = 0
    i = 0
    while i + 4 <= n:
        key = data[i:i + 4]
        cand = table.get(key)
        table[key] = i
        if cand is not None and i - cand <= 65535:
            length = 4
            while i + length < n and data[cand + length] == data[i + length]:
                length += 1
            seqs.append((i - anchor, i - cand, length))
            literals += i - anchor
            matched += length
            i += length
            anchor = i
        else:
            i += 1
    seqs.append((n - anchor, 0, 0))
    literals += n - anchor
    out = bytearray()
    pos = 0
    for lit, off, length in seqs:
        out += data[pos:pos + lit]
        pos += lit
        for _ in range(length):
            out.append(out[-off])
        pos += length
    return (len(seqs), literals, matched, seqs[:6], bytes(out) == data)
