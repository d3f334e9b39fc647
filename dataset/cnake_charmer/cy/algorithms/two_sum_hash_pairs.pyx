# cython: language_level=3
"""Two-sum with direct-address byte tables instead of hash sets.

The values lie in a known window [-50000, 150000), so "seen" is a uint8_t table
indexed by value - low and cleared with memset per target. A distinct pair is fixed
by its smaller member (the larger is target - smaller), so a second byte table keyed
by the smaller value de-duplicates pairs, and the smallest pair is a running minimum.

Keywords: two sum, hash set, complement lookup, pairs, classic exercise
"""

import cython
from libc.stdint cimport uint8_t
from libc.stdlib cimport malloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


cdef enum:
    LOW = -50000
    WINDOW = 200000


@cython_benchmark(args=(30000, 12, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def two_sum_hash_pairs(int n, int n_targets, long long seed):
    """Return (distinct pair count per target, smallest pair for the first 4 targets or None)."""
    cdef int size = n if n > 0 else 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long v, w, lo, hi, target, best_lo = 0, best_hi = 0
    cdef long pair_count
    cdef int i, t
    cdef bint have
    cdef list counts = [], smallest = []
    cdef long *values = <long *>malloc((size + 1) * sizeof(long))
    cdef uint8_t *seen = <uint8_t *>malloc(WINDOW)
    cdef uint8_t *paired = <uint8_t *>malloc(WINDOW)
    if values == NULL or seen == NULL or paired == NULL:
        free(values)
        free(seen)
        free(paired)
        raise MemoryError()
    try:
        for i in range(size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            values[i] = <long>((state >> 6) % 200000) - 50000
        for t in range(n_targets):
            target = (<long>t * 37813) % 150000
            memset(seen, 0, WINDOW)
            memset(paired, 0, WINDOW)
            have = False
            pair_count = 0
            with nogil:
                for i in range(size):
                    v = values[i]
                    w = target - v
                    if LOW <= w < LOW + WINDOW and seen[w - LOW]:
                        lo = v if v < w else w
                        hi = v if v > w else w
                        if not paired[lo - LOW]:
                            paired[lo - LOW] = 1
                            pair_count += 1
                        if not have or lo < best_lo:
                            best_lo = lo
                            best_hi = hi
                            have = True
                    seen[v - LOW] = 1
            counts.append(pair_count)
            if len(smallest) < 4:
                smallest.append((best_lo, best_hi) if have else None)
        return counts, smallest
    finally:
        free(values)
        free(seen)
        free(paired)
