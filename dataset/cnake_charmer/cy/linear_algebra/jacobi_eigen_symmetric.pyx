# cython: language_level=3
"""Cyclic Jacobi eigenvalues with in-place rotations on a 2-D memoryview.

The matrix is a double[:, ::1] view over a cython.view array; the rotations update
columns and rows in place inside a nogil sweep function, and the off-diagonal norm is
a separate nogil reduction. Only the final sort touches Python objects.

Keywords: eigenvalues, jacobi rotation, 2d memoryview, nogil, copysign, libc math
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sqrt, fabs, copysign, pow

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef double off_norm(double[:, ::1] a) noexcept nogil:
    cdef Py_ssize_t n = a.shape[0], i, j
    cdef double s = 0.0
    for i in range(n):
        for j in range(n):
            if i != j:
                s += pow(a[i, j], 2.0)
    return sqrt(s)


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef void sweep(double[:, ::1] a) noexcept nogil:
    cdef Py_ssize_t n = a.shape[0], p, q, k
    cdef double theta, t, c, s, x, y
    for p in range(n - 1):
        for q in range(p + 1, n):
            if a[p, q] == 0.0:
                continue
            theta = (a[q, q] - a[p, p]) / (2.0 * a[p, q])
            t = copysign(1.0, theta) / (fabs(theta) + sqrt(theta * theta + 1.0))
            c = 1.0 / sqrt(t * t + 1.0)
            s = t * c
            for k in range(n):
                x = a[k, p]
                y = a[k, q]
                a[k, p] = c * x - s * y
                a[k, q] = s * x + c * y
            for k in range(n):
                x = a[p, k]
                y = a[q, k]
                a[p, k] = c * x - s * y
                a[q, k] = s * x + c * y


@cython_benchmark(args=(44,))
@cython.boundscheck(False)
@cython.wraparound(False)
def jacobi_eigen_symmetric(int n):
    """Sorted eigenvalues of an n x n LCG symmetric matrix by cyclic Jacobi."""
    if n <= 0:
        return [], 0, 0.0
    cdef double[:, ::1] a = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
    cdef long long state = 5150
    cdef Py_ssize_t i, j
    cdef int sweeps = 0
    cdef double residual
    for i in range(n):
        for j in range(i, n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            a[i, j] = state / <double> 0x7FFFFFFF * 2.0 - 1.0
            a[j, i] = a[i, j]
    with nogil:
        while sweeps < 50 and off_norm(a) > 1e-12:
            sweeps += 1
            sweep(a)
        residual = off_norm(a)
    return sorted([a[i, i] for i in range(n)]), sweeps, residual
