# cython: language_level=3
"""Segmented sieve with base primes in a C array and 64-bit window offsets.

Base primes are sieved into an int array; crossing out inside the window uses
``long long`` start offsets and a byte buffer, and twin pairs are detected in the
same final scan that counts primes, with no intermediate lists.

Keywords: number theory, primes, segmented sieve, twin primes, windows
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.math cimport sqrt

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(10000000000, 400000))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def segmented_sieve_twin_primes(long long low, long long width):
    """Return (primes in window, twin pairs, first twin p or -1, last twin p or -1)."""
    cdef long long high = low + width
    cdef long long limit = <long long>sqrt(<double>(high if high > 1 else 1)) + 2
    while limit * limit > (high if high > 1 else 1):
        limit -= 1
    limit += 1
    cdef unsigned char *base = <unsigned char *>calloc(limit + 1, 1)
    cdef long long *primes = <long long *>malloc((limit + 1) * sizeof(long long))
    cdef unsigned char *window = <unsigned char *>calloc(width + 1, 1)
    cdef long long i, j, p, first, nprimes = 0, count = 0, twins = 0, prev = -1
    cdef long long first_twin = -1, last_twin = -1, k
    try:
        with nogil:
            for i in range(2, limit + 1):
                if not base[i]:
                    primes[nprimes] = i
                    nprimes += 1
                    j = i * i
                    while j <= limit:
                        base[j] = 1
                        j += i
            if low < 2:
                k = 0
                while k < 2 - low and k < width:
                    window[k] = 1
                    k += 1
            for i in range(nprimes):
                p = primes[i]
                first = (low + p - 1) // p * p
                if first < p * p:
                    first = p * p
                j = first
                while j < high:
                    window[j - low] = 1
                    j += p
            for k in range(width):
                if window[k]:
                    continue
                count += 1
                if prev >= 0 and low + k - prev == 2:
                    twins += 1
                    if first_twin < 0:
                        first_twin = prev
                    last_twin = prev
                prev = low + k
    finally:
        free(base); free(primes); free(window)
    return (count, twins, first_twin, last_twin)
