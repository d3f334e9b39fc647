"""Length of the repeating decimal of 1/d for every d up to n.

After removing the factors 2 and 5 from d, the period of 1/d is the multiplicative
order of 10 modulo what remains (zero if nothing remains). Orders are found by
repeated multiplication. The d with the longest period, the total of all periods and
the number of full-reptend primes (period d - 1) are returned.

Keywords: number theory, repeating decimals, multiplicative order, cyclic numbers, full reptend primes
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(5000,), cases=[(1,), (2,), (7,), (100,)])
def decimal_period_orders(n: int) -> Tuple[int, int, int, int]:
    """Return (d with the longest period, that period, sum of periods, full-reptend primes)."""
    best_d = best = total = full = 0
    for d in range(2, n + 1):
        m = d
        while m % 2 == 0:
            m //= 2
        while m % 5 == 0:
            m //= 5
        period = 0
        if m > 1:
            r = 10 % m
            period = 1
            while r != 1:
                r = r * 10 % m
                period += 1
        total += period
        if period == d - 1:
            full += 1
        if period > best:
            best_d, best = d, period
    return (best_d, best, total, full)
