"""Counting k-colour necklaces of every length with Burnside's lemma (mod a prime).

Rotations of an n-bead necklace fix k^(n/d) colourings for each of the phi(d)
rotations of order d, so N(n) = (1/n) * sum over d | n of phi(d) * k^(n/d). Totients come
from a sieve, divisors from trial division up to sqrt(n), and the division by n uses a
modular inverse.

Keywords: combinatorics, necklaces, burnside lemma, euler totient, group action, modular arithmetic
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007


@python_benchmark(args=(12000, 3), cases=[(0, 2), (1, 2), (6, 2), (12, 5)])
def necklace_burnside_counts(max_len: int, colours: int) -> Tuple[int, List[int]]:
    """Return (checksum of N(1..max_len) mod p, N(n) mod p for n = 1..8)."""
    phi = list(range(max_len + 1))
    for i in range(2, max_len + 1):
        if phi[i] == i:
            for j in range(i, max_len + 1, i):
                phi[j] -= phi[j] // i
    checksum = 0
    small: List[int] = []
    for n in range(1, max_len + 1):
        total = 0
        d = 1
        while d * d <= n:
            if n % d == 0:
                total += phi[d] * pow(colours, n // d, MOD)
                e = n // d
                if e != d:
                    total += phi[e] * pow(colours, d, MOD)
            d += 1
        count = total % MOD * pow(n, MOD - 2, MOD) % MOD
        checksum = (checksum * 1000003 + count) % MOD
        if n <= 8:
            small.append(count)
    return (checksum, small)
