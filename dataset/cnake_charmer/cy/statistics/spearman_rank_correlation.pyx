# cython: language_level=3
"""Spearman's rho using a counting sort for ranking bounded integers.

Both variables are small non-negative integers, so ranks come from a counting pass:
the cumulative count of smaller values plus the average position within the tie
block gives each value's average rank in O(n + range) with no comparison sort. The
ranks live in cython.view buffers and the correlation sums are nogil loops.

Keywords: spearman correlation, counting sort, ranking, cython view, memoryview, nogil
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sqrt, pow
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef int rank_bounded(const int[::1] values, int vmax, double[::1] ranks) except -1:
    cdef long *counts = <long *> calloc(vmax + 1, sizeof(long))
    cdef Py_ssize_t n = values.shape[0], i
    cdef long before = 0, c
    cdef int v
    if counts == NULL:
        raise MemoryError()
    with nogil:
        for i in range(n):
            counts[values[i]] += 1
        # turn counts into the average rank of each value: positions before+1 .. before+c
        for v in range(vmax + 1):
            c = counts[v]
            counts[v] = before
            before += c
        for i in range(n):
            ranks[i] = 0.0
    cdef double *avg = <double *> calloc(vmax + 1, sizeof(double))
    if avg == NULL:
        free(counts)
        raise MemoryError()
    for v in range(vmax + 1):
        c = (counts[v + 1] if v < vmax else before) - counts[v]
        avg[v] = (counts[v] + counts[v] + c - 1) / 2.0 + 1.0
    for i in range(n):
        ranks[i] = avg[values[i]]
    free(counts)
    free(avg)
    return 0


@cython_benchmark(args=(60000,))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def spearman_rank_correlation(int n):
    """Spearman's rho of two tied integer variables of length n."""
    cdef Py_ssize_t size = n if n > 0 else 1, i
    cdef int[::1] xs = cvarray(shape=(size,), itemsize=sizeof(int), format="i")
    cdef int[::1] ys = cvarray(shape=(size,), itemsize=sizeof(int), format="i")
    cdef double[::1] rx = cvarray(shape=(size,), itemsize=sizeof(double), format="d")
    cdef double[::1] ry = cvarray(shape=(size,), itemsize=sizeof(double), format="d")
    cdef long long state = 1357
    cdef double d2 = 0.0, mean, cov = 0.0, vx = 0.0, vy = 0.0, rho
    cdef int x
    if n <= 0:
        return 0.0, 0, [], []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = <int> (state % 500)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        xs[i] = x
        ys[i] = x // 3 + <int> (state % 200)
    rank_bounded(xs, 499, rx)
    rank_bounded(ys, 166 + 199, ry)
    with nogil:
        for i in range(n):
            d2 += pow(rx[i] - ry[i], 2.0)
        mean = (n + 1) / 2.0
        for i in range(n):
            cov += (rx[i] - mean) * (ry[i] - mean)
        for i in range(n):
            vx += pow(rx[i] - mean, 2.0)
        for i in range(n):
            vy += pow(ry[i] - mean, 2.0)
    k = min(n, 5)
    if n < 2:
        return 0.0, d2, [rx[i] for i in range(k)], [ry[i] for i in range(k)]
    rho = cov / sqrt(vx * vy) if vx > 0 and vy > 0 else 0.0
    return rho, d2, [rx[i] for i in range(k)], [ry[i] for i in range(k)]
