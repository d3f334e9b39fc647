# cython: language_level=3
"""Primitive roots with C trial division and an inline 64-bit modular power.

The sieve is a byte array, the distinct prime factors of p - 1 go into a small stack
array, and each candidate root is tested by an inline square-and-multiply over
``long long`` values, all inside nogil code.

Keywords: number theory, primitive roots, multiplicative order, artin conjecture, modular exponentiation
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef inline long long pow_mod(long long base, long long exp, long long mod) noexcept nogil:
    cdef long long result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


@cython_benchmark(args=(3, 120000))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def primitive_root_search(int low, int high):
    """Return (primes tested, primes with root 2, largest smallest root, its prime, histogram of roots 2..7)."""
    cdef unsigned char *composite = <unsigned char *>calloc(high + 2, 1)
    cdef long long factors[32]
    cdef long long hist[6]
    cdef int nf, i, j, p, largest = 0, largest_p = 0, start
    cdef long long m, d, g, tested = 0, with_two = 0
    cdef bint is_root
    for i in range(6):
        hist[i] = 0
    try:
        with nogil:
            composite[0] = 1
            composite[1] = 1
            i = 2
            while i * i <= high:
                if not composite[i]:
                    j = i * i
                    while j <= high:
                        composite[j] = 1
                        j += i
                i += 1
            start = low if low > 3 else 3
            for p in range(start, high + 1):
                if composite[p]:
                    continue
                tested += 1
                nf = 0
                m = p - 1
                d = 2
                while d * d <= m:
                    if m % d == 0:
                        factors[nf] = d
                        nf += 1
                        while m % d == 0:
                            m //= d
                    d += 1
                if m > 1:
                    factors[nf] = m
                    nf += 1
                g = 2
                while True:
                    is_root = True
                    for i in range(nf):
                        if pow_mod(g, (p - 1) // factors[i], p) == 1:
                            is_root = False
                            break
                    if is_root:
                        break
                    g += 1
                if g == 2:
                    with_two += 1
                if g <= 7:
                    hist[g - 2] += 1
                if g > largest:
                    largest = <int>g
                    largest_p = p
    finally:
        free(composite)
    return (tested, with_two, largest, largest_p, [hist[i] for i in range(6)])
