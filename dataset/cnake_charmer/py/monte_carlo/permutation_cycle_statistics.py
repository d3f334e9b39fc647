"""Cycle structure of random permutations drawn with a Fisher-Yates shuffle.

Each trial shuffles 0..n-1 with a seeded LCG and decomposes the permutation into
cycles. Across the trials the pair collects a histogram of the number of cycles, the
total count of fixed points and the longest cycle seen, which together test both the
shuffle and the cycle walk.

Keywords: monte carlo, permutation, fisher yates, cycles, combinatorics
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(2500, 200, 3), cases=[(0, 10, 1), (5, 1, 2), (40, 7, 6), (10, 0, 8)])
def permutation_cycle_statistics(trials: int, n: int, seed: int) -> Tuple[List[int], int, int]:
    """Return (histogram of cycle counts, total fixed points, longest cycle)."""
    state = seed & 0x7FFFFFFF
    hist = [0] * 16
    fixed = longest = 0
    for _ in range(trials):
        perm = list(range(n))
        for i in range(n - 1, 0, -1):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            j = (state >> 8) % (i + 1)
            perm[i], perm[j] = perm[j], perm[i]
        seen = [False] * n
        cycles = 0
        for start in range(n):
            if seen[start]:
                continue
            cycles += 1
            length = 0
            k = start
            while not seen[k]:
                seen[k] = True
                k = perm[k]
                length += 1
            fixed += length == 1
            longest = max(longest, length)
        hist[min(cycles, 15)] += 1
    return hist, fixed, longest
