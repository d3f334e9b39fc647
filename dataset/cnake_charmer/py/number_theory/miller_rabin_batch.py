"""Deterministic Miller-Rabin primality testing of many random 32-bit integers.

Odd candidates below 2^32 come from a seeded LCG. Writing n - 1 = d * 2^s, each base
a in (2, 3, 5, 7, 11) either sees a^d = 1, or -1 at some squaring step; otherwise n is
composite. These bases are exact for every n below 2^32.

Keywords: number theory, primality testing, miller-rabin, modular exponentiation, probabilistic algorithms
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark

BASES = (2, 3, 5, 7, 11)


def _is_probable_prime(n: int) -> bool:
    if n < 2:
        return False
    for p in BASES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in BASES:
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


@python_benchmark(args=(25000, 3), cases=[(0, 1), (1, 2), (10, 3), (200, 4)])
def miller_rabin_batch(count: int, seed: int) -> Tuple[int, int, int]:
    """Return (primes found, largest prime or 0, checksum of the primes)."""
    state = seed & 0x7FFFFFFF
    primes = largest = checksum = 0
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        high = state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        n = ((high << 1) ^ (state << 17) ^ state) & 0xFFFFFFFF | 1
        if _is_probable_prime(n):
            primes += 1
            largest = max(largest, n)
            checksum = (checksum * 31 + n) % 1000000007
    return (primes, largest, checksum)
