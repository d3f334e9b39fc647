# cython: language_level=3
"""k-mer spectrum with a rolling 2-bit code and a dense count table.

Bases are encoded in two bits and the k-mer code is updated by a shift and mask, so
counting is one array increment per position in a calloc'd ``uint32_t`` table of
``4**k`` slots; the top five are picked by scanning codes, whose order equals the
alphabetical order of the k-mers.

Keywords: kmer, dna, counting, bioinformatics, strings
"""

import cython
from libc.stdlib cimport calloc, free
from libc.stdint cimport uint32_t, uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef str _decode(uint64_t code, int k):
    cdef const char *alpha = b"ACGT"
    cdef char buf[32]
    cdef int i
    for i in range(k - 1, -1, -1):
        buf[i] = alpha[code & 3]
        code >>= 2
    return buf[:k].decode("ascii")


@cython_benchmark(args=(250000, 8, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
def dna_kmer_spectrum(int n, int k, int seed):
    """Return (distinct k-mers, singletons, top five (k-mer, count))."""
    cdef int lookup[6]
    lookup[:] = [0, 0, 1, 2, 3, 3]
    cdef uint64_t size = (<uint64_t> 1) << (2 * k)
    cdef uint64_t mask = size - 1
    cdef uint32_t *counts = <uint32_t *> calloc(size, sizeof(uint32_t))
    cdef unsigned long long state = seed
    cdef uint64_t code = 0, c, best_code, best_code_new = 0
    cdef int i, r, distinct = 0, singles = 0
    cdef uint32_t best, prev_best
    cdef list top = []
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            code = ((code << 2) | lookup[(state >> 11) % 6]) & mask
            if i >= k - 1:
                counts[code] += 1
        for c in range(size):
            if counts[c]:
                distinct += 1
                if counts[c] == 1:
                    singles += 1
        # top five by (-count, code) using repeated scans below the previous winner
        prev_best = 0xFFFFFFFF
        best_code = 0
        for r in range(5):
            best = 0
            for c in range(size):
                if counts[c] > best and (counts[c] < prev_best or (counts[c] == prev_best and c > best_code)):
                    best = counts[c]
                    best_code_new = c
            if best == 0:
                break
            best_code = best_code_new
            prev_best = best
            top.append((_decode(best_code, k), <int> best))
        return (distinct, singles, top)
    finally:
        free(counts)
