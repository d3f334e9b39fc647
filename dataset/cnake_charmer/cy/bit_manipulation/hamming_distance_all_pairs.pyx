# cython: language_level=3
"""All-pairs Hamming distance with the hardware popcount on uint64_t.

Fingerprints are a malloc'd uint64_t array; each pair costs one XOR and one
__builtin_popcountll (a POPCNT instruction with -mpopcnt, a short bit trick
otherwise) in a nogil double loop, with the histogram in a C array.

Keywords: Hamming distance, popcount, fingerprints, near duplicates, all pairs
"""

import cython
from libc.stdint cimport uint64_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_popcountll(unsigned long long x) nogil


@cython_benchmark(args=(1000, 21))
@cython.boundscheck(False)
@cython.wraparound(False)
def hamming_distance_all_pairs(int n, long long seed):
    """Return (distance histogram 0..64, (distance, i, j) of the closest pair, pairs within 20)."""
    cdef int size = n if n > 0 else 0
    cdef int i, j, d, best_d = 65, best_i = -1, best_j = -1
    cdef uint64_t state = <uint64_t>(seed & 0x7FFFFFFF), a, noise
    cdef long long hist[65]
    cdef long long near = 0
    cdef uint64_t *prints = <uint64_t *>malloc((size + 1) * sizeof(uint64_t))
    if prints == NULL:
        raise MemoryError()
    try:
        for i in range(65):
            hist[i] = 0
        for i in range(size):
            state = state * 6364136223846793005ULL + 1442695040888963407ULL
            if i % 3:
                noise = state & (state >> 5) & (state >> 11)
                prints[i] = prints[i // 3 * 3] ^ noise
            else:
                prints[i] = state
        with nogil:
            for i in range(size):
                a = prints[i]
                for j in range(i + 1, size):
                    d = __builtin_popcountll(a ^ prints[j])
                    hist[d] += 1
                    if d < best_d:
                        best_d = d
                        best_i = i
                        best_j = j
                    if d <= 20:
                        near += 1
        return [hist[i] for i in range(65)], (best_d, best_i, best_j), near
    finally:
        free(prints)
