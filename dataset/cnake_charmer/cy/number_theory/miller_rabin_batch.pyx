# cython: language_level=3
"""Miller-Rabin for 32-bit inputs with unsigned 64-bit modular arithmetic.

Since n < 2^32, every product of two residues fits in an unsigned 64-bit integer, so
modular exponentiation is an inline square-and-multiply on ``uint64_t``; the witness
loop is a nogil cdef function returning a bint.

Keywords: number theory, primality testing, miller-rabin, modular exponentiation, probabilistic algorithms
"""

import cython
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef inline uint64_t pow_mod(uint64_t base, uint64_t exp, uint64_t mod) noexcept nogil:
    cdef uint64_t result = 1
    base %= mod
    while exp:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


cdef bint is_prime_u32(uint64_t n) noexcept nogil:
    cdef uint64_t bases[5]
    cdef uint64_t d, x, a
    cdef int s = 0, i, r
    cdef bint passed
    bases[0] = 2; bases[1] = 3; bases[2] = 5; bases[3] = 7; bases[4] = 11
    if n < 2:
        return False
    for i in range(5):
        if n % bases[i] == 0:
            return n == bases[i]
    d = n - 1
    while d % 2 == 0:
        d //= 2
        s += 1
    for i in range(5):
        a = bases[i]
        x = pow_mod(a, d, n)
        if x == 1 or x == n - 1:
            continue
        passed = False
        for r in range(s - 1):
            x = x * x % n
            if x == n - 1:
                passed = True
                break
        if not passed:
            return False
    return True


@cython_benchmark(args=(25000, 3))
def miller_rabin_batch(int count, long long seed):
    """Return (primes found, largest prime or 0, checksum of the primes)."""
    cdef long long state = seed & 0x7FFFFFFF, high, checksum = 0
    cdef uint64_t n, largest = 0
    cdef long long primes = 0
    cdef int i
    with nogil:
        for i in range(count):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            high = state
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            n = ((<uint64_t>((high << 1) ^ (state << 17) ^ state)) & 0xFFFFFFFFULL) | 1
            if is_prime_u32(n):
                primes += 1
                if n > largest:
                    largest = n
                checksum = (checksum * 31 + <long long>n) % 1000000007
    return (primes, largest, checksum)
