"""Elias gamma coding of small positive integers into a packed bitstream.

Each integer ``x`` is written as ``floor(log2 x)`` zero bits followed by ``x`` in binary,
a universal code suited to geometrically distributed values (run lengths, gaps in
posting lists). The bits are packed into bytes and decoded back.

Keywords: elias gamma, universal code, bitstream, variable length, compression
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60000, 3), cases=[(0, 1), (1, 2), (7, 3), (1000, 4)])
def elias_gamma_bitstream(n: int, seed: int) -> Tuple[int, int, List[int], bool]:
    """Return (bit length, checksum of packed bytes, first 8 bytes, round trip ok)."""
    state = seed
    values = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = 1
        while (state >> x) & 1 and x < 20:
            x += 1
        values.append(x + (state >> 24) % (x * x))
    bits = "".join("0" * (v.bit_length() - 1) + format(v, "b") for v in values)
    packed = bytes(int(bits[i:i + 8].ljust(8, "0"), 2) for i in range(0, len(bits), 8))
    decoded = []
    i = 0
    while i < len(bits) and len(decoded) < n:
        zeros = 0
        while bits[i] == "0":
            zeros += 1
            i += 1
        decoded.append(int(bits[i:i + zeros + 1], 2))
        i += zeros + 1
    checksum = 0
    for b in packed:
        checksum = (checksum * 257 + b) % 1000000007
    return (len(bits), checksum, list(packed[:8]), decoded == values)
