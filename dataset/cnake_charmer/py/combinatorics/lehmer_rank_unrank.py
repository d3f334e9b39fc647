"""Ranking and unranking permutations through the factorial number system.

Random permutations are produced by a Fisher-Yates shuffle driven by an LCG. Each is
ranked (its Lehmer code read as a factorial-base number), the rank is shifted by a
fixed offset modulo n!, and the shifted rank is unranked back into a permutation.
Checksums over ranks and rebuilt permutations are returned.

Keywords: combinatorics, permutations, lehmer code, factorial number system, ranking, unranking
"""

from math import factorial
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(12, 8000, 97), cases=[(1, 3, 1), (2, 4, 2), (5, 10, 3), (8, 0, 4)])
def lehmer_rank_unrank(n: int, queries: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (rank checksum, unranked checksum, last unranked permutation)."""
    state = seed & 0x7FFFFFFF
    total = factorial(n)
    offset = total // 3 + 1
    rank_sum = perm_sum = 0
    last: List[int] = []
    for _ in range(queries):
        perm = list(range(n))
        for i in range(n - 1, 0, -1):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            j = (state >> 8) % (i + 1)
            perm[i], perm[j] = perm[j], perm[i]
        pool = sorted(perm)
        rank = 0
        for i, v in enumerate(perm):
            pos = pool.index(v)
            rank += pos * factorial(n - 1 - i)
            pool.pop(pos)
        rank_sum = (rank_sum + rank) % 1000000007
        target = (rank + offset) % total
        pool = list(range(n))
        rebuilt = []
        for i in range(n):
            f = factorial(n - 1 - i)
            rebuilt.append(pool.pop(target // f))
            target %= f
        perm_sum = (perm_sum * 31 + sum((i + 1) * v for i, v in enumerate(rebuilt))) % 1000000007
        last = rebuilt
    return (rank_sum, perm_sum, last)
