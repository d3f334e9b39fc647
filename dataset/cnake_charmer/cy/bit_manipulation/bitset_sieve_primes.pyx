# cython: language_level=3
"""Odd-only sieve on a packed uint64_t bit set inside a cdef class.

OddBitset stores one bit per odd number in uint64_t words (16x less memory than a
byte per number), allocated in __cinit__ and freed in __dealloc__; setting and
testing bits are inline shift/mask methods, and the statistics are gathered in one
scan of the words.

Keywords: sieve of Eratosthenes, bit set, primes, twin primes, odd-only sieve
"""

import cython
from libc.stdint cimport uint64_t
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef class OddBitset:
    cdef uint64_t *words
    cdef Py_ssize_t nbits

    def __cinit__(self, Py_ssize_t nbits):
        self.nbits = nbits
        self.words = <uint64_t *>calloc((nbits >> 6) + 1, sizeof(uint64_t))
        if self.words == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.words)

    cdef inline void set(self, Py_ssize_t i) noexcept:
        self.words[i >> 6] |= (<uint64_t>1) << (i & 63)

    cdef inline bint test(self, Py_ssize_t i) noexcept:
        return (self.words[i >> 6] >> (i & 63)) & 1


@cython_benchmark(args=(2000000,))
@cython.cdivision(True)
def bitset_sieve_primes(long long limit):
    """Return (primes <= limit, largest prime or 0, twin pairs, primes per tenth of range)."""
    if limit < 2:
        return 0, 0, 0, [0] * 10
    cdef Py_ssize_t half = (limit + 1) // 2, i, m
    cdef OddBitset comp = OddBitset(half)
    cdef long long p = 3, q, prev = 2, count = 1, twins = 0, largest = 2
    cdef long long tenth[10]
    cdef int t
    for t in range(10):
        tenth[t] = 0
    tenth[min(9, 2 * 10 // (limit + 1))] += 1
    comp.set(0)
    while p * p <= limit:
        if not comp.test(p // 2):
            m = p * p // 2
            while m < half:
                comp.set(m)
                m += p
        p += 2
    for i in range(1, half):
        if not comp.test(i):
            q = 2 * i + 1
            count += 1
            if q - prev == 2:
                twins += 1
            prev = q
            largest = q
            t = <int>(q * 10 // (limit + 1))
            tenth[t if t < 9 else 9] += 1
    return count, largest, twins, [tenth[t] for t in range(10)]
