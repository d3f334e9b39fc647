"""Histogram of Hamming distances between all pairs of DNA barcodes.

Generates ``m`` barcodes of 32 bases and compares every pair position by position;
the distance histogram and the number of pairs closer than a threshold tell whether the
barcode set can be demultiplexed safely after sequencing errors.

Keywords: hamming distance, dna, barcodes, all pairs, strings
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(260, 20, 3), cases=[(0, 20, 1), (1, 20, 2), (12, 24, 3), (40, 18, 4)])
def dna_hamming_near_pairs(m: int, threshold: int, seed: int) -> Tuple[int, List[int]]:
    """Return (pairs with distance <= threshold, histogram of distances 0..32)."""
    state = seed
    codes = []
    for _ in range(m):
        chars = []
        for _ in range(32):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            chars.append("ACGT"[(state >> 14) & 3])
        codes.append("".join(chars))
    hist = [0] * 33
    for i, a in enumerate(codes):
        for b in codes[i + 1:]:
            hist[sum(x != y for x, y in zip(a, b))] += 1
    return (sum(hist[: threshold + 1]), hist)
