# cython: language_level=3
"""Pearson correlation matrix over a 2-D memoryview of standardised series.

All series are generated straight into a (k, n) C-contiguous memoryview, standardised
in place, and the symmetric matrix of dot products is filled by a nogil helper; only
the final k x k result becomes Python lists.

Keywords: pearson correlation, 2d memoryview, standardisation, cython view, nogil
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sqrt, fabs

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef void standardise(double[:, ::1] x) noexcept nogil:
    cdef Py_ssize_t k = x.shape[0], n = x.shape[1], s, t
    cdef double mean, scale
    for s in range(k):
        mean = 0.0
        for t in range(n):
            mean += x[s, t]
        mean = mean / n if n else 0.0
        scale = 0.0
        for t in range(n):
            x[s, t] = x[s, t] - mean
            scale += x[s, t] * x[s, t]
        scale = sqrt(scale)
        if scale > 0:
            for t in range(n):
                x[s, t] = x[s, t] / scale


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void correlate(double[:, ::1] x, double[:, ::1] corr) noexcept nogil:
    cdef Py_ssize_t k = x.shape[0], n = x.shape[1], i, j, t
    cdef double s
    for i in range(k):
        for j in range(k):
            s = 0.0
            for t in range(n):
                s += x[i, t] * x[j, t]
            corr[i, j] = s


@cython_benchmark(args=(12, 8000))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def pearson_correlation_matrix(int k, int n):
    """k x k Pearson matrix of k generated series of length n, and the top pair."""
    cdef Py_ssize_t kk = k if k > 0 else 1, nn = n if n > 0 else 1
    cdef double[::1] common = cvarray(shape=(nn,), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] x = cvarray(shape=(kk, nn), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] corr = cvarray(shape=(kk, kk), itemsize=sizeof(double), format="d")
    cdef long long state = 271828
    cdef Py_ssize_t s, t, i, j
    cdef double weight, best_value = -2.0
    cdef int bi = -1, bj = -1
    for t in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        common[t] = state / <double> 0x7FFFFFFF - 0.5
    for s in range(k):
        weight = (s + 1) / <double> (k + 1)
        for t in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            x[s, t] = weight * common[t] + (1.0 - weight) * (state / <double> 0x7FFFFFFF - 0.5)
    if k <= 0:
        return [], (-1, -1)
    if n <= 0:
        return [[0.0] * k for i in range(k)], ((0, 1) if k > 1 else (-1, -1))
    with nogil:
        standardise(x)
        correlate(x, corr)
        for i in range(k):
            for j in range(i + 1, k):
                if fabs(corr[i, j]) > best_value:
                    best_value = fabs(corr[i, j])
                    bi = <int> i
                    bj = <int> j
    return [[corr[i, j] for j in range(k)] for i in range(k)], (bi, bj)
