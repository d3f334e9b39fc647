"""Binomial coefficients modulo a small prime by Lucas' theorem, for many queries.

Large (n, k) pairs are generated; C(n, k) mod p is the product of binomials of the
base-p digits of n and k. Digit binomials come from factorial tables modulo p with
inverses from Fermat's little theorem. The count of zero residues (Kummer: a carry
occurred) and a checksum are returned.

Keywords: combinatorics, binomial coefficients, lucas theorem, modular arithmetic, primes
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(80000, 1009, 101), cases=[(0, 7, 1), (5, 2, 2), (20, 3, 3), (50, 13, 4)])
def lucas_binomial_queries(queries: int, p: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (zero residues, checksum of all residues, first 6 residues)."""
    fact = [1] * p
    for i in range(1, p):
        fact[i] = fact[i - 1] * i % p
    inv_fact = [pow(f, p - 2, p) for f in fact]
    state = seed & 0x7FFFFFFF
    zeros = checksum = 0
    first: List[int] = []
    for q in range(queries):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        n = (state >> 4) % 1000000 + q
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        k = state % (n + 1)
        result = 1
        while n or k:
            ni, ki = n % p, k % p
            if ki > ni:
                result = 0
                break
            result = result * fact[ni] * inv_fact[ki] * inv_fact[ni - ki] % p
            n //= p
            k //= p
        zeros += result == 0
        checksum = (checksum * 131 + result) % 1000000007
        if len(first) < 6:
            first.append(result)
    return (zeros, checksum, first)
