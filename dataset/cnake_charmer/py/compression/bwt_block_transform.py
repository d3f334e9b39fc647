"""Burrows-Wheeler transform of a text, block by block.

Each block is transformed by sorting all of its rotations and taking the last column,
plus the index of the original rotation (needed for inversion). The transform groups
equal characters into runs, which is what makes bzip2-style compression work.

Keywords: burrows wheeler, bwt, rotations, sorting, block sorting, compression
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

WORDS = [b"banana ", b"bandana ", b"cabana ", b"an ", b"nab "]


@python_benchmark(args=(150000, 128, 2), cases=[(0, 16, 1), (1, 16, 2), (50, 7, 3), (600, 64, 4)])
def bwt_block_transform(n: int, block: int, seed: int) -> Tuple[List[int], int, int, str]:
    """Return (first 10 primary indexes, runs in the output, checksum, first block's BWT)."""
    state = seed
    data = bytearray()
    while len(data) < n:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        data += WORDS[(state >> 9) % len(WORDS)]
    data = bytes(data[:n])
    primaries = []
    out = bytearray()
    for start in range(0, n, block):
        chunk = data[start:start + block]
        size = len(chunk)
        order = sorted(range(size), key=lambda i: chunk[i:] + chunk[:i])
        out += bytes(chunk[(i - 1) % size] for i in order)
        primaries.append(order.index(0))
    runs = sum(1 for i in range(len(out)) if i == 0 or out[i] != out[i - 1])
    checksum = 0
    for b in out:
        checksum = (checksum * 257 + b) % 1000000007
    return (primaries[:10], runs, checksum, out[:min(block, n)].decode("ascii"))
