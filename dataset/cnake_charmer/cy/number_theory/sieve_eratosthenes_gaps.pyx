# cython: language_level=3
"""Eratosthenes over a byte array with a single gap-tracking pass.

Flags live in one calloc'd byte buffer crossed out with C strides; a second pass walks
the primes while tracking the previous prime, so gaps are measured without building
the prime list or the gap list.

Keywords: number theory, primes, sieve of eratosthenes, prime gaps, twin primes
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(1500000,))
@cython.boundscheck(False)
@cython.wraparound(False)
def sieve_eratosthenes_gaps(Py_ssize_t n):
    """Return (primes <= n, largest gap, prime starting it, gaps of 2, last prime or 0)."""
    if n < 2:
        return (0, 0, 0, 0, 0)
    cdef unsigned char *composite = <unsigned char *>calloc(n + 1, 1)
    if composite == NULL:
        raise MemoryError()
    cdef Py_ssize_t i, j, prev = 0, count = 0, largest = 0, start = 0, twins = 0, gap
    with nogil:
        i = 2
        while i * i <= n:
            if not composite[i]:
                j = i * i
                while j <= n:
                    composite[j] = 1
                    j += i
            i += 1
        for i in range(2, n + 1):
            if composite[i]:
                continue
            count += 1
            if prev:
                gap = i - prev
                if gap > largest:
                    largest = gap
                    start = prev
                if gap == 2:
                    twins += 1
            prev = i
    free(composite)
    return (count, largest, start, twins, prev)
