# cython: language_level=3
"""Householder least squares with column-major storage in a 2-D memoryview.

The design matrix is stored column by column in an (n, m) C-contiguous memoryview so
each reflection streams over contiguous memory; the Householder vector lives in its
own buffer, and reflections are applied in place without slicing or list copies.

Keywords: least squares, householder reflection, 2d memoryview, in place, copysign, nogil
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sqrt, copysign, pow

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef void reflect(double[:, ::1] cols, double[::1] ys, double[::1] v) noexcept nogil:
    cdef Py_ssize_t n = cols.shape[0], m = cols.shape[1], k, j, t
    cdef double alpha, vnorm2, proj, s
    for k in range(n):
        s = 0.0
        for t in range(k, m):
            v[t] = cols[k, t]
            s += v[t] * v[t]
        alpha = -copysign(sqrt(s), v[k])
        v[k] -= alpha
        vnorm2 = 0.0
        for t in range(k, m):
            vnorm2 += v[t] * v[t]
        if vnorm2 == 0.0:
            continue
        for j in range(k, n):
            s = 0.0
            for t in range(k, m):
                s += v[t] * cols[j, t]
            proj = 2.0 * s / vnorm2
            for t in range(k, m):
                cols[j, t] = cols[j, t] - proj * v[t]
        s = 0.0
        for t in range(k, m):
            s += v[t] * ys[t]
        proj = 2.0 * s / vnorm2
        for t in range(k, m):
            ys[t] = ys[t] - proj * v[t]


@cython_benchmark(args=(6000, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def householder_least_squares(int m, int degree):
    """Fit a degree-`degree` polynomial to m samples; return coefficients and residual norm."""
    cdef int n = degree + 1
    if m < n or n <= 0:
        return [], 0.0
    cdef double[:, ::1] cols = cvarray(shape=(n, m), itemsize=sizeof(double), format="d")
    cdef double[::1] ys = cvarray(shape=(m,), itemsize=sizeof(double), format="d")
    cdef double[::1] v = cvarray(shape=(m,), itemsize=sizeof(double), format="d")
    cdef double[::1] coeffs = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef long long state = 4096
    cdef Py_ssize_t i, j
    cdef double x, s, residual = 0.0
    for i in range(m):
        x = -1.0 + 2.0 * i / (m - 1) if m > 1 else 0.0
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        ys[i] = 1.0 - 2.0 * x + 0.5 * pow(x, 3.0) + (state / <double> 0x7FFFFFFF - 0.5) * 0.1
        for j in range(n):
            cols[j, i] = pow(x, <double> j)
    with nogil:
        reflect(cols, ys, v)
        for i in range(n - 1, -1, -1):
            s = 0.0
            for j in range(i + 1, n):
                s += cols[j, i] * coeffs[j]
            coeffs[i] = (ys[i] - s) / cols[i, i]
        for i in range(n, m):
            residual += ys[i] * ys[i]
    return [coeffs[i] for i in range(n)], sqrt(residual)
