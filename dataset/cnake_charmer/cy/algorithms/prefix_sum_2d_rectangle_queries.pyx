# cython: language_level=3
"""Summed-area table in one flat int64_t buffer with row-stride indexing.

The (rows+1) x (cols+1) prefix table is a single calloc'd int64_t block addressed as
r * stride + c, built with one running row sum; each query is four loads, so the
query loop is a few dozen instructions instead of nested list indexing.

Keywords: prefix sums, summed-area table, inclusion-exclusion, rectangle queries, grid
"""

import cython
from libc.stdint cimport int64_t
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(400, 400, 30000, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
def prefix_sum_2d_rectangle_queries(int rows, int cols, long queries, long long seed):
    """Return (answer checksum, largest answer, top-left of the best query, first 6 answers)."""
    if rows <= 0 or cols <= 0:
        return 0, 0, (-1, -1), []
    cdef Py_ssize_t stride = cols + 1
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int r, c, r1, c1, r2, c2, best_r = -1, best_c = -1
    cdef long q
    cdef int64_t running, s, best = 0
    cdef bint have = False
    cdef long long checksum = 0
    cdef list first = []
    cdef int64_t *P = <int64_t *>calloc((rows + 1) * stride, sizeof(int64_t))
    if P == NULL:
        raise MemoryError()
    try:
        for r in range(rows):
            running = 0
            for c in range(cols):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                running += <int64_t>((state >> 9) % 201) - 100
                P[(r + 1) * stride + c + 1] = P[r * stride + c + 1] + running
        for q in range(queries):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            r1 = <int>(state % <unsigned long long>rows)
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            c1 = <int>(state % <unsigned long long>cols)
            r2 = r1 + <int>((state >> 8) % 50)
            if r2 > rows - 1:
                r2 = rows - 1
            c2 = c1 + <int>((state >> 16) % 50)
            if c2 > cols - 1:
                c2 = cols - 1
            s = (P[(r2 + 1) * stride + c2 + 1] - P[r1 * stride + c2 + 1]
                 - P[(r2 + 1) * stride + c1] + P[r1 * stride + c1])
            checksum = (checksum * 1000003 + s) % 998244353
            if not have or s > best:
                best = s
                best_r = r1
                best_c = c1
                have = True
            if q < 6:
                first.append(s)
        return checksum, best, (best_r, best_c), first
    finally:
        free(P)
