# cython: language_level=3
"""Continued-fraction periods of square roots with C integer recurrences.

The integer square root is an inline Newton iteration on ``long long`` and the
(m, d, a) recurrence runs on C integers with C division (all values are positive), so
each period costs only a few machine operations per term.

Keywords: number theory, continued fractions, square roots, periodicity, pell equation
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef inline long long isqrt_ll(long long n) noexcept nogil:
    cdef long long x = n, y
    if n < 2:
        return n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


@cython_benchmark(args=(20000,))
@cython.cdivision(True)
def sqrt_continued_fraction_periods(long long limit):
    """Return (odd periods for N <= limit, longest period, N with the longest, sum of periods)."""
    cdef long long n, a0, m, d, a, period, odd = 0, longest = 0, longest_n = 0, total = 0
    with nogil:
        for n in range(2, limit + 1):
            a0 = isqrt_ll(n)
            if a0 * a0 == n:
                continue
            m = 0
            d = 1
            a = a0
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
                longest = period
                longest_n = n
    return (odd, longest, longest_n, total)
