"""Stirling numbers of the second kind and Bell numbers, modulo a prime.

The triangle S(n, k) = k * S(n-1, k) + S(n-1, k-1) counts partitions of an n-set into
k non-empty blocks; row sums are the Bell numbers. The table is built row by row up
to n and reported through Bell samples, a row sample and the row's largest entry index.

Keywords: combinatorics, stirling numbers, bell numbers, set partitions, recurrence
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 998_244_353


@python_benchmark(args=(1400,), cases=[(0,), (1,), (2,), (12,)])
def stirling_bell_table(n: int) -> Tuple[List[int], List[int], int]:
    """Return (Bell numbers at every n//8 step, S(n, k) for every n//8-th k, row checksum)."""
    row = [1]
    bells = [1]
    for m in range(1, n + 1):
        new = [0] * (m + 1)
        for k in range(1, m + 1):
            upper = row[k] if k < m else 0
            new[k] = (k * upper + row[k - 1]) % MOD
        row = new
        bells.append(sum(row) % MOD)
    step = max(1, n // 8)
    checksum = sum((k + 1) * v for k, v in enumerate(row)) % MOD
    return (bells[::step], row[::step], checksum)
