# cython: language_level=3
"""Persistence search with digit products and sums by C integer division.

Digits are peeled with % 10 and // 10 on unsigned 64-bit values under cdivision,
instead of formatting each intermediate value as a string; both persistence counts
are nogil inline functions and the histograms are C arrays.

Keywords: multiplicative persistence, digit product, digital root, brute force, classic exercise
"""

import cython
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef inline uint64_t digit_product(uint64_t v) noexcept nogil:
    cdef uint64_t p = 1
    while v:
        p *= v % 10
        v //= 10
    return p


@cython.cdivision(True)
cdef inline uint64_t digit_sum(uint64_t v) noexcept nogil:
    cdef uint64_t s = 0
    while v:
        s += v % 10
        v //= 10
    return s


@cython_benchmark(args=(60000,))
@cython.boundscheck(False)
@cython.wraparound(False)
def multiplicative_persistence_search(long long limit):
    """Return (multiplicative persistence histogram 0..11, smallest number per persistence (-1 if none), additive histogram 0..4, first-step zeros)."""
    cdef long long mult_hist[12]
    cdef long long smallest[12]
    cdef long long add_hist[5]
    cdef long long zeros = 0, n
    cdef uint64_t v
    cdef int steps, i
    for i in range(12):
        mult_hist[i] = 0
        smallest[i] = -1
    for i in range(5):
        add_hist[i] = 0
    with nogil:
        n = 0
        while n < limit:
            steps = 0
            v = <uint64_t>n
            while v >= 10:
                v = digit_product(v)
                steps += 1
                if steps == 1 and v == 0:
                    zeros += 1
            mult_hist[steps] += 1
            if smallest[steps] < 0:
                smallest[steps] = n
            steps = 0
            v = <uint64_t>n
            while v >= 10:
                v = digit_sum(v)
                steps += 1
            add_hist[steps] += 1
            n += 1
    return ([mult_hist[i] for i in range(12)], [smallest[i] for i in range(12)],
            [add_hist[i] for i in range(5)], zeros)
