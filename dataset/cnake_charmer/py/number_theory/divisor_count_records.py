"""Divisor counts up to n and the record-setting (highly composite) numbers.

The number of divisors d(k) is accumulated for every k <= n by adding one to each
multiple of every j (a harmonic-series loop). Numbers whose divisor count beats all
smaller numbers are the highly composite numbers; they and summary statistics of d
are returned.

Keywords: number theory, divisor function, highly composite numbers, harmonic sieve, records
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(80000,), cases=[(0,), (1,), (12,), (1000,)])
def divisor_count_records(n: int) -> Tuple[List[int], int, int]:
    """Return (record-setting k, sum of d(k) for k <= n, count of k with d(k) a square)."""
    d = [0] * (n + 1)
    for j in range(1, n + 1):
        for multiple in range(j, n + 1, j):
            d[multiple] += 1
    records = []
    best = 0
    for k in range(1, n + 1):
        if d[k] > best:
            best = d[k]
            records.append(k)
    squares = sum(1 for k in range(1, n + 1) if int(d[k] ** 0.5) ** 2 == d[k])
    return (records, sum(d), squares)
