# cython: language_level=3
"""All-pairs Hamming distances of 2-bit packed barcodes with popcount.

A 32-base barcode packs into one ``uint64_t`` (two bits per base). XOR of two codes
marks differing bases; folding the two bits of each base together and counting bits
with the compiler's popcount gives the distance in a handful of instructions.

Keywords: hamming distance, dna, barcodes, popcount, strings
"""

import cython
from libc.stdlib cimport malloc, free
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    int __builtin_popcountll(unsigned long long x) nogil


@cython_benchmark(args=(260, 20, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def dna_hamming_near_pairs(int m, int threshold, int seed):
    """Return (pairs with distance <= threshold, histogram of distances 0..32)."""
    cdef uint64_t *codes = <uint64_t *> malloc((m + 1) * sizeof(uint64_t))
    cdef long long hist[33]
    cdef unsigned long long state = seed
    cdef uint64_t code, x
    cdef uint64_t low = 0x5555555555555555ULL
    cdef int i, j, b
    cdef long long near = 0
    for b in range(33):
        hist[b] = 0
    try:
        for i in range(m):
            code = 0
            for b in range(32):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                code = (code << 2) | ((state >> 14) & 3)
            codes[i] = code
        with nogil:
            for i in range(m):
                for j in range(i + 1, m):
                    x = codes[i] ^ codes[j]
                    hist[__builtin_popcountll((x | (x >> 1)) & low)] += 1
        for b in range(threshold + 1):
            near += hist[b]
        return (near, [hist[b] for b in range(33)])
    finally:
        free(codes)
