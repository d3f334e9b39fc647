"""All-pairs Hamming distances between 64-bit fingerprints.

Generates n 64-bit fingerprints (like SimHash signatures) and computes the Hamming
distance of every pair with popcount(a ^ b). Returns the histogram of distances, the
closest pair and the number of near-duplicate pairs within distance 20.

Keywords: Hamming distance, popcount, fingerprints, near duplicates, all pairs
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1000, 21), cases=[(0, 1), (1, 2), (2, 3), (40, 4)])
def hamming_distance_all_pairs(n: int, seed: int) -> Tuple[List[int], Tuple[int, int, int], int]:
    """Return (distance histogram 0..64, (distance, i, j) of the closest pair, pairs within 20)."""
    state = seed & 0x7FFFFFFF
    prints = []
    for i in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        base = prints[i // 3 * 3] if i % 3 else 0
        noise = state & (state >> 5) & (state >> 11)
        prints.append(base ^ noise if i % 3 else state)
    hist = [0] * 65
    best = (65, -1, -1)
    near = 0
    for i in range(n):
        a = prints[i]
        for j in range(i + 1, n):
            d = bin(a ^ prints[j]).count("1")
            hist[d] += 1
            if d < best[0]:
                best = (d, i, j)
            if d <= 20:
                near += 1
    return hist, best, near
