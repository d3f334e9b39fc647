"""Factorising many random integers with Pollard's rho (Brent variant) and trial division.

Small primes are removed by trial division; a remaining composite cofactor is split by
Pollard's rho with Floyd-free Brent cycle detection, recursing until every piece is a
(Miller-Rabin certified) prime. Prime multiplicities are tallied across all numbers.

Keywords: number theory, integer factorization, pollard rho, brent, miller-rabin, gcd
"""

from collections import Counter
from math import gcd
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _is_prime(n: int) -> bool:
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def _rho(n: int) -> int:
    c = 1
    while True:
        y, r, q, g = 2, 1, 1, 1
        while g == 1:
            x = y
            for _ in range(r):
                y = (y * y + c) % n
            k = 0
            while k < r and g == 1:
                for _ in range(min(32, r - k)):
                    y = (y * y + c) % n
                    q = q * abs(x - y) % n
                g = gcd(q, n)
                k += 32
            r *= 2
        if g != n:
            return g
        c += 1


def _factor(n: int, tally: Counter) -> None:
    if n == 1:
        return
    if _is_prime(n):
        tally[n] += 1
        return
    d = _rho(n)
    _factor(d, tally)
    _factor(n // d, tally)


@python_benchmark(args=(4000, 11), cases=[(0, 1), (1, 2), (5, 3), (40, 4)])
def pollard_rho_factor_map(count: int, seed: int) -> Tuple[int, int, int, List[Tuple[int, int]]]:
    """Return (distinct primes, prime factors with multiplicity, largest prime, 5 most common (p, count))."""
    state = seed & 0x7FFFFFFF
    tally: Counter = Counter()
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        n = 2 + state
        for p in range(2, 50):
            while n % p == 0:
                tally[p] += 1
                n //= p
        _factor(n, tally)
    common = sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    return (len(tally), sum(tally.values()), max(tally, default=0), common)
