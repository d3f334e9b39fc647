# cython: language_level=3
"""Bit-count prefix sums with shifts and masks on unsigned 64-bit integers.

Every division and modulo by a power of two becomes a shift or mask on uint64_t; the
answer for N < 2**60 fits in 64 bits, and the per-query loop stops at the highest
set bit of N, found with count-leading-zeros.

Keywords: popcount, counting bits, periodic pattern, bit positions, prefix counts
"""

import cython
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_clzll(unsigned long long x) nogil
    int __builtin_popcountll(unsigned long long x) nogil


cdef inline uint64_t ones_upto(uint64_t n) noexcept nogil:
    cdef uint64_t total = 0, m = n + 1, part, half
    cdef int b, top
    if n == 0:
        return 0
    top = 63 - __builtin_clzll(n)
    for b in range(top + 1):
        half = (<uint64_t>1) << b
        part = m & ((half << 1) - 1)
        total += (m >> (b + 1)) << b
        if part > half:
            total += part - half
    return total


@cython_benchmark(args=(15000, 12))
@cython.boundscheck(False)
def count_bits_upto_n_queries(long queries, long long seed):
    """Return (answer checksum, brute-force checks passed, first 6 answers)."""
    cdef uint64_t state = <uint64_t>(seed & 0x7FFFFFFF)
    cdef uint64_t n, answer
    cdef uint64_t brute[4097]
    cdef long q, passed = 0
    cdef long long checksum = 0
    cdef int v
    cdef list first = []
    brute[0] = 0
    for v in range(1, 4097):
        brute[v] = brute[v - 1] + __builtin_popcountll(v)
    for q in range(queries):
        state = state * 6364136223846793005ULL + 1442695040888963407ULL
        n = state >> (8 + q % 50)
        answer = ones_upto(n)
        if n <= 4096 and answer == brute[n]:
            passed += 1
        checksum = (checksum * 1000003 + <long long>(answer % 998244353)) % 998244353
        if q < 6:
            first.append(answer)
    return checksum, passed, first
