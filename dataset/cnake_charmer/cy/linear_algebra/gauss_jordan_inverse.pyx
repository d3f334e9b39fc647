# cython: language_level=3
"""Gauss-Jordan inversion on an augmented 2-D memoryview with in-place row operations.

The augmented [A | I] matrix is one (n, 2n) cython.view array. Pivot rows are swapped
by element exchange, the pivot row is scaled in place and the elimination runs in a
nogil function, removing the list rebuilds of the Python version.

Keywords: matrix inverse, gauss jordan, 2d memoryview, pivoting, in place, nogil
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport fabs

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef void gauss_jordan(double[:, ::1] aug) noexcept nogil:
    cdef Py_ssize_t n = aug.shape[0], w = aug.shape[1], col, r, c, p
    cdef double best, pivot, factor, t
    for col in range(n):
        p = col
        best = fabs(aug[col, col])
        for r in range(col + 1, n):
            if fabs(aug[r, col]) > best:
                best = fabs(aug[r, col])
                p = r
        if p != col:
            for c in range(w):
                t = aug[col, c]
                aug[col, c] = aug[p, c]
                aug[p, c] = t
        pivot = aug[col, col]
        for c in range(w):
            aug[col, c] = aug[col, c] / pivot
        for r in range(n):
            if r != col:
                factor = aug[r, col]
                if factor != 0.0:
                    for c in range(w):
                        aug[r, c] = aug[r, c] - factor * aug[col, c]


@cython_benchmark(args=(70,))
@cython.boundscheck(False)
@cython.wraparound(False)
def gauss_jordan_inverse(int n):
    """Invert an n x n matrix; return trace of the inverse, residual and row sums."""
    if n <= 0:
        return 0.0, 0.0, []
    cdef double[:, ::1] a = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] aug = cvarray(shape=(n, 2 * n), itemsize=sizeof(double), format="d")
    cdef long long state = 2718
    cdef Py_ssize_t i, j, k
    cdef double value, residual = 0.0, trace = 0.0, d, s
    cdef list rowsums = []
    for i in range(n):
        for j in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            a[i, j] = state / <double> 0x7FFFFFFF - 0.5 + (2.0 if i == j else 0.0)
            aug[i, j] = a[i, j]
            aug[i, n + j] = 1.0 if i == j else 0.0
    with nogil:
        gauss_jordan(aug)
        for i in range(n):
            for j in range(n):
                value = 0.0
                for k in range(n):
                    value += a[i, k] * aug[k, n + j]
                d = fabs(value - (1.0 if i == j else 0.0))
                if d > residual:
                    residual = d
        for i in range(n):
            trace += aug[i, n + i]
    for i in range(min(n, 8)):
        s = 0.0
        for j in range(n):
            s += aug[i, n + j]
        rowsums.append(s)
    return trace, residual, rowsums
