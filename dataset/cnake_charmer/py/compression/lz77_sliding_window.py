"""LZ77 compression with a brute-force sliding-window match search.

At each position the encoder searches the previous ``window`` bytes for the longest
match (up to 18 bytes, nearest on ties) and emits an (offset, length, next byte)
triple, as in the original LZ77 scheme; the token stream is decoded again to verify it.

Keywords: lz77, sliding window, longest match, dictionary coder, compression
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

WORDS = [b"the ", b"cat ", b"sat ", b"on ", b"mat ", b"and ", b"hat ", b"a ", b"rat "]


@python_benchmark(args=(20000, 96, 3), cases=[(0, 16, 1), (1, 16, 2), (40, 4, 3), (300, 32, 4)])
def lz77_sliding_window(n: int, window: int, seed: int) -> Tuple[int, int, List[Tuple[int, int, int]], bool]:
    """Return (tokens, total matched bytes, first 8 tokens, round trip ok)."""
    state = seed
    data = bytearray()
    while len(data) < n:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        data += WORDS[(state >> 8) % len(WORDS)]
    data = bytes(data[:n])
    tokens = []
    i = 0
    while i < len(data):
        best_len = 0
        best_off = 0
        for j in range(i - 1, max(-1, i - window - 1), -1):
            length = 0
            while length < 18 and i + length < len(data) - 1 and data[j + length] == data[i + length]:
                length += 1
            if length > best_len:
                best_len = length
                best_off = i - j
        tokens.append((best_off, best_len, data[i + best_len]))
        i += best_len + 1
    out = bytearray()
    for off, length, nxt in tokens:
        for _ in range(length):
            out.append(out[-off])
        out.append(nxt)
    return (len(tokens), sum(t[1] for t in tokens), tokens[:8], bytes(out) == data)
