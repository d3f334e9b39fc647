"""Sums over all k-element subsets of n generated weights.

Every k-combination of the weights is enumerated; the subset sums are summarised by
how many are divisible by a modulus, the smallest and largest sums, and the
lexicographically first combination reaching the largest sum.

Keywords: combinatorics, combinations, subsets, enumeration, subset sums
"""

from itertools import combinations
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(20, 9, 13, 37), cases=[(0, 0, 3, 1), (4, 0, 2, 2), (5, 6, 2, 3), (10, 3, 7, 4)])
def k_subset_sum_statistics(n: int, k: int, modulus: int, seed: int) -> Tuple[int, int, int, int, Tuple[int, ...]]:
    """Return (subsets, sums divisible by modulus, min sum, max sum, first argmax indices)."""
    state = seed & 0x7FFFFFFF
    weights = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        weights.append(1 + (state >> 9) % 1000)
    total = divisible = 0
    low = high = None
    best = ()
    for combo in combinations(range(n), k):
        s = sum(weights[i] for i in combo)
        total += 1
        if s % modulus == 0:
            divisible += 1
        if low is None or s < low:
            low = s
        if high is None or s > high:
            high, best = s, combo
    return (total, divisible, low if low is not None else -1, high if high is not None else -1, best)
