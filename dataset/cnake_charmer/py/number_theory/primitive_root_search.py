"""Smallest primitive root of every prime in a range.

For a prime p, g is a primitive root iff g^((p-1)/q) != 1 (mod p) for every prime q
dividing p - 1. The prime factors of p - 1 come from trial division; candidates g are
tried upwards. The histogram of smallest roots, the share having 2 as a root (Artin's
conjecture) and the largest smallest root are returned.

Keywords: number theory, primitive roots, multiplicative order, artin conjecture, modular exponentiation
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(3, 120000), cases=[(2, 3), (3, 10), (10, 11), (100, 300)])
def primitive_root_search(low: int, high: int) -> Tuple[int, int, int, int, List[int]]:
    """Return (primes tested, primes with root 2, largest smallest root, its prime, histogram of roots 2..7)."""
    sieve = [True] * (high + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(high ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, high + 1, i):
                sieve[j] = False
    tested = with_two = largest = largest_p = 0
    histogram = [0] * 6
    for p in range(max(low, 3), high + 1):
        if not sieve[p]:
            continue
        tested += 1
        factors = []
        m, d = p - 1, 2
        while d * d <= m:
            if m % d == 0:
                factors.append(d)
                while m % d == 0:
                    m //= d
            d += 1
        if m > 1:
            factors.append(m)
        g = 2
        while any(pow(g, (p - 1) // q, p) == 1 for q in factors):
            g += 1
        if g == 2:
            with_two += 1
        if g <= 7:
            histogram[g - 2] += 1
        if g > largest:
            largest, largest_p = g, p
    return (tested, with_two, largest, largest_p, histogram)
