"""Which integers up to n are sums of two squares, and in how many ways?

All pairs 0 <= a <= b with a^2 + b^2 <= n are enumerated and the representation count
of each total is tallied. By Fermat's theorem the representable primes are 2 and the
primes that are 1 mod 4; they are counted with a separate sieve. The count of
representable numbers and the most-represented number are returned as well.

Keywords: number theory, sums of two squares, fermat, representations, lattice points
"""

from math import isqrt
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(300000,), cases=[(0,), (1,), (2,), (50,)])
def sum_two_squares_counts(n: int) -> Tuple[int, int, int, int]:
    """Return (representable k <= n, k with most representations, that count, representable primes)."""
    ways = [0] * (n + 1)
    for a in range(isqrt(n) + 1):
        for b in range(a, isqrt(n - a * a) + 1):
            ways[a * a + b * b] += 1
    representable = sum(1 for w in ways if w)
    best = max(range(n + 1), key=lambda k: (ways[k], -k))
    prime = [k >= 2 for k in range(n + 1)]
    for i in range(2, isqrt(n) + 1):
        if prime[i]:
            for j in range(i * i, n + 1, i):
                prime[j] = False
    primes = sum(1 for k in range(n + 1) if prime[k] and ways[k])
    return (representable, best, ways[best], primes)
