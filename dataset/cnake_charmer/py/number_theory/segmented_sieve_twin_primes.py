"""Twin primes in a high window [low, low + width) with a segmented sieve.

Base primes up to sqrt(low + width) are found with a small sieve; each one then
crosses out its multiples inside the window only. Twin pairs (p, p + 2) fully inside
the window are counted and the first and last are reported.

Keywords: number theory, primes, segmented sieve, twin primes, windows
"""

from math import isqrt
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(10000000000, 400000), cases=[(0, 10), (1, 100), (10, 0), (1000, 500)])
def segmented_sieve_twin_primes(low: int, width: int) -> Tuple[int, int, int, int]:
    """Return (primes in window, twin pairs, first twin p or -1, last twin p or -1)."""
    high = low + width
    limit = isqrt(max(high, 1)) + 1
    base = [True] * (limit + 1)
    base_primes = []
    for i in range(2, limit + 1):
        if base[i]:
            base_primes.append(i)
            for j in range(i * i, limit + 1, i):
                base[j] = False
    window = [True] * width
    for k in range(min(2, high) - low if low < 2 else 0):
        window[k] = False
    for p in base_primes:
        first = max(p * p, (low + p - 1) // p * p)
        for multiple in range(first, high, p):
            window[multiple - low] = False
    primes = [low + k for k in range(width) if window[k]]
    twins = [p for p, q in zip(primes, primes[1:]) if q - p == 2]
    return (len(primes), len(twins), twins[0] if twins else -1, twins[-1] if twins else -1)
