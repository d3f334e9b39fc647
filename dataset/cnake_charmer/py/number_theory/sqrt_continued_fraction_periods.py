"""Periods of the continued fractions of square roots of non-square integers.

sqrt(N) = [a0; (a1, ..., ar)] with a purely periodic tail. The standard recurrence
m' = d*a - m, d' = (N - m'^2) / d, a' = (a0 + m') // d' generates the terms until
a' = 2*a0 closes the period. Counts of odd periods, the longest period and where it
occurs, and a checksum of period lengths are returned.

Keywords: number theory, continued fractions, square roots, periodicity, pell equation
"""

from math import isqrt
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(20000,), cases=[(1,), (2,), (13,), (1000,)])
def sqrt_continued_fraction_periods(limit: int) -> Tuple[int, int, int, int]:
    """Return (odd periods for N <= limit, longest period, N with the longest, sum of periods)."""
    odd = longest = longest_n = total = 0
    for n in range(2, limit + 1):
        a0 = isqrt(n)
        if a0 * a0 == n:
            continue
        m, d, a = 0, 1, a0
        period = 0
        while a != 2 * a0:
            m = d * a - m
            d = (n - m * m) // d
            a = (a0 + m) // d
            period += 1
        total += period
        if period % 2:
            odd += 1
        if period > longest:
            longest, longest_n = period, n
    return (odd, longest, longest_n, total)
