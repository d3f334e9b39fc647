"""Cycle, fixed-point and ascent statistics over all permutations of n elements.

Every permutation of 0..n-1 is visited; for each one the number of fixed points, the
number of cycles and the number of ascents are measured. Totals include derangement
and cyclic-permutation counts and the ascent histogram (the Eulerian numbers).

Keywords: combinatorics, permutations, derangements, cycles, eulerian numbers, enumeration
"""

from itertools import permutations
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(8,), cases=[(0,), (1,), (3,), (5,)])
def permutation_statistics_next_perm(n: int) -> Tuple[int, int, int, List[int]]:
    """Return (derangements, single-cycle permutations, total fixed points, ascent histogram)."""
    derangements = cyclic = fixed_total = 0
    ascents = [0] * max(n, 1)
    for perm in permutations(range(n)):
        fixed = sum(1 for i, v in enumerate(perm) if i == v)
        fixed_total += fixed
        if fixed == 0:
            derangements += 1
        seen = [False] * n
        cycles = 0
        for start in range(n):
            if not seen[start]:
                cycles += 1
                j = start
                while not seen[j]:
                    seen[j] = True
                    j = perm[j]
        if cycles == 1:
            cyclic += 1
        ascents[sum(1 for a, b in zip(perm, perm[1:]) if a < b)] += 1
    return (derangements, cyclic, fixed_total, ascents)
