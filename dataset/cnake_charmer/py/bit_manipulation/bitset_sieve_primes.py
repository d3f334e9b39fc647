"""Sieve of Eratosthenes over odd numbers only.

Only odd numbers are represented (flag i stands for 2i + 1) in a bytearray of
composite flags; composites are crossed out from p*p in
steps of 2p. Returns the prime count, the largest prime, the number of twin-prime
pairs and the count of primes in each tenth of the range.

Keywords: sieve of Eratosthenes, bit set, primes, twin primes, odd-only sieve
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(2000000,), cases=[(0,), (1,), (2,), (3,), (30,), (-5,)])
def bitset_sieve_primes(limit: int) -> Tuple[int, int, int, List[int]]:
    """Return (primes <= limit, largest prime or 0, twin pairs, primes per tenth of range)."""
    if limit < 2:
        return 0, 0, 0, [0] * 10
    half = (limit + 1) // 2
    is_comp = bytearray(half)
    is_comp[0] = 1
    p = 3
    while p * p <= limit:
        if not is_comp[p // 2]:
            for m in range(p * p // 2, half, p):
                is_comp[m] = 1
        p += 2
    primes = [2] + [2 * i + 1 for i in range(half) if not is_comp[i]]
    twins = sum(1 for a, b in zip(primes, primes[1:]) if b - a == 2)
    tenth = [0] * 10
    for q in primes:
        tenth[min(9, q * 10 // (limit + 1))] += 1
    return len(primes), primes[-1], twins, tenth
