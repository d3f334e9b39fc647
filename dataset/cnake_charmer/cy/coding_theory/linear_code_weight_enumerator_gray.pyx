# cython: language_level=3
"""Weight enumerator of a random binary linear code by Gray-code enumeration — uint64 rows with hardware popcount.

Generator rows live in a C array of uint64_t; the Gray-code walk finds the row to XOR
with __builtin_ctzll and weighs each codeword with __builtin_popcountll, all inside a
nogil loop, so the 2^k enumeration runs without touching Python integers.

Keywords: coding theory, linear code, weight enumerator, Gray code, minimum distance, generator matrix
"""

import cython
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_popcountll(unsigned long long x) nogil
    int __builtin_ctzll(unsigned long long x) nogil


@cython_benchmark(args=(19, 48, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
def linear_code_weight_enumerator_gray(int k, int n, long long seed):
    """Return (weight distribution, minimum nonzero weight, zero codewords besides 0, checksum)."""
    cdef uint64_t rows[64]
    cdef long long dist[65]
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef uint64_t row, codeword = 0
    cdef unsigned long long step, total
    cdef long long checksum = 0
    cdef int i, j, weight
    for i in range(k):
        row = 0
        for j in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            if (state >> 16) & 1:
                row |= (<uint64_t>1) << j
        rows[i] = row
    for i in range(n + 1):
        dist[i] = 0
    dist[0] = 1
    total = (<unsigned long long>1) << k
    with nogil:
        step = 1
        while step < total:
            codeword ^= rows[__builtin_ctzll(step)]
            weight = __builtin_popcountll(codeword)
            dist[weight] += 1
            checksum = (checksum * 31 + weight * <long long>(step & 1023)) % 1000000007
            step += 1
    cdef int min_distance = 0
    for i in range(1, n + 1):
        if dist[i]:
            min_distance = i
            break
    return [dist[i] for i in range(n + 1)], min_distance, dist[0] - 1, checksum
