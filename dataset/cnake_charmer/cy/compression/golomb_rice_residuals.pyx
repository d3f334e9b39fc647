# cython: language_level=3
"""Rice parameter search with cost accumulation in C integer arrays.

Samples, residuals and zigzag values live in malloc'd ``uint32_t`` arrays; for each
block the sixteen candidate costs are computed in one pass over the block into a small
``long long`` array (instead of sixteen generator passes) and the first minimum wins.

Keywords: golomb rice, residuals, parameter search, unsigned integers, compression
"""

import cython
from libc.stdlib cimport malloc, free
from libc.stdint cimport uint32_t, int64_t
from libc.limits cimport LLONG_MAX

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(40000, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
def golomb_rice_residuals(int n, int seed):
    """Return (total coded bits, histogram of chosen k, first 10 chosen k)."""
    cdef uint32_t *mapped = <uint32_t *> malloc((n + 1) * sizeof(uint32_t))
    cdef long long cost[16]
    cdef int hist[16]
    cdef unsigned long long state = seed
    cdef int64_t x = 0, prev = 0, r
    cdef int i, k, loud, start, stop, best_k
    cdef long long total = 0, best
    cdef uint32_t v
    cdef list chosen = []
    for k in range(16):
        hist[k] = 0
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            loud = 1 + (i // 500) % 8
            x += <int64_t> ((state >> 8) % (8 * loud * loud + 1)) - 4 * loud * loud
            r = x - prev
            prev = x
            mapped[i] = <uint32_t> (2 * r if r >= 0 else -2 * r - 1)
        for start in range(0, n, 64):
            stop = start + 64 if start + 64 < n else n
            for k in range(16):
                cost[k] = 0
            for i in range(start, stop):
                v = mapped[i]
                for k in range(16):
                    cost[k] += (v >> k) + 1 + k
            best = LLONG_MAX
            best_k = 0
            for k in range(16):
                if cost[k] < best:
                    best = cost[k]
                    best_k = k
            total += 4 + best
            hist[best_k] += 1
            if len(chosen) < 10:
                chosen.append(best_k)
        return (total, [hist[k] for k in range(16)], chosen)
    finally:
        free(mapped)
