"""Canonical prefix codes: assign codewords from lengths, encode and decode a message.

A complete prefix code is grown by repeatedly splitting a random leaf; its code lengths
are turned into canonical codewords (sorted by length then symbol, consecutive values,
as in DEFLATE) so only the lengths need to be stored. A skewed message is encoded to a
bit string and decoded again bit by bit.

Keywords: canonical huffman, prefix code, deflate, bitstream, decoding, compression
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40, 60000, 3), cases=[(2, 10, 1), (5, 0, 2), (3, 1, 3), (16, 500, 4)])
def canonical_huffman_decode(n_symbols: int, n_message: int, seed: int) -> Tuple[List[int], int, bool, List[str]]:
    """Return (code length per symbol, encoded bits, round trip ok, first 6 codewords by symbol)."""
    state = seed
    leaves = [0]
    while len(leaves) < n_symbols:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        i = (state >> 8) % len(leaves)
        depth = leaves.pop(i)
        leaves += [depth + 1, depth + 1]
    lengths = sorted(leaves)
    order = sorted(range(n_symbols), key=lambda s: (lengths[s], s))
    codes = {}
    code = 0
    prev_len = lengths[order[0]]
    for s in order:
        code <<= lengths[s] - prev_len
        prev_len = lengths[s]
        codes[s] = format(code, "b").zfill(lengths[s])
        code += 1
    message = []
    for _ in range(n_message):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        message.append(min((state >> 8) % n_symbols, (state >> 16) % n_symbols))
    bits = "".join(codes[s] for s in message)
    lookup = {c: s for s, c in codes.items()}
    decoded = []
    current = ""
    for bit in bits:
        current += bit
        if current in lookup:
            decoded.append(lookup[current])
            current = ""
    return (lengths, len(bits), decoded == message, [codes[s] for s in range(min(6, n_symbols))])
