"""Prime gaps below n from a sieve of Eratosthenes.

Composite flags are set by crossing out multiples of each prime from its square. The
primes are then scanned for the number of primes, the largest gap and where it first
occurs, the count of twin-prime gaps and the last prime.

Keywords: number theory, primes, sieve of eratosthenes, prime gaps, twin primes
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1500000,), cases=[(0,), (2,), (3,), (100,)])
def sieve_eratosthenes_gaps(n: int) -> Tuple[int, int, int, int, int]:
    """Return (primes <= n, largest gap, prime starting it, gaps of 2, last prime or 0)."""
    if n < 2:
        return (0, 0, 0, 0, 0)
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    primes = [k for k in range(n + 1) if is_prime[k]]
    gaps = [b - a for a, b in zip(primes, primes[1:])]
    largest = max(gaps, default=0)
    start = primes[gaps.index(largest)] if gaps else 0
    return (len(primes), largest, start, gaps.count(2), primes[-1])
