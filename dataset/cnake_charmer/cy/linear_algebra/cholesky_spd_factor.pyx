# cython: language_level=3
"""Cholesky factorisation on 2-D C-contiguous memoryviews in nogil helpers.

The generator matrix, A and L are cython.view arrays viewed as double[:, ::1]; forming
M M^T, the Cholesky recurrence and both triangular solves are cdef nogil functions with
bounds and wraparound checks off and C division.

Keywords: cholesky decomposition, 2d memoryview, triangular solve, nogil, libc math
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sqrt, log

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef void factor(double[:, ::1] a, double[:, ::1] low) noexcept nogil:
    cdef Py_ssize_t n = a.shape[0], i, j, k
    cdef double s
    for i in range(n):
        for j in range(n):
            low[i, j] = 0.0
    for i in range(n):
        for j in range(i + 1):
            s = 0.0
            for k in range(j):
                s += low[i, k] * low[j, k]
            if i == j:
                low[i, i] = sqrt(a[i, i] - s)
            else:
                low[i, j] = (a[i, j] - s) / low[j, j]


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef void solve_ones(double[:, ::1] low, double[::1] y, double[::1] x) noexcept nogil:
    cdef Py_ssize_t n = low.shape[0], i, k
    cdef double s
    for i in range(n):
        s = 0.0
        for k in range(i):
            s += low[i, k] * y[k]
        y[i] = (1.0 - s) / low[i, i]
    for i in range(n - 1, -1, -1):
        s = 0.0
        for k in range(i + 1, n):
            s += low[k, i] * x[k]
        x[i] = (y[i] - s) / low[i, i]


@cython_benchmark(args=(90,))
@cython.boundscheck(False)
@cython.wraparound(False)
def cholesky_spd_factor(int n):
    """Factor A = M M^T + n I and solve A x = 1; return log det, diag(L)[:6], x[:6]."""
    if n <= 0:
        return 0.0, [], []
    cdef double[:, ::1] m = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] a = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] low = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
    cdef double[::1] y = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef double[::1] x = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef long long state = 31337
    cdef Py_ssize_t i, j, k
    cdef double s, log_det = 0.0
    with nogil:
        for i in range(n):
            for j in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                m[i, j] = state / <double> 0x7FFFFFFF - 0.5
        for i in range(n):
            for j in range(n):
                s = 0.0
                for k in range(n):
                    s += m[i, k] * m[j, k]
                a[i, j] = s + (n if i == j else 0.0)
        factor(a, low)
        solve_ones(low, y, x)
        for i in range(n):
            log_det += log(low[i, i])
    return 2.0 * log_det, [low[i, i] for i in range(min(n, 6))], [x[i] for i in range(min(n, 6))]
