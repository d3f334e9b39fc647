# cython: language_level=3
"""Power iteration with an inline mat-vec over a contiguous 2-D memoryview.

The symmetric matrix is a double[:, ::1] view of a cython.view array; the mat-vec, dot
products and normalisation are inline nogil helpers over contiguous 1-D views, and the
iterate and its image ping-pong between two preallocated buffers.

Keywords: eigenvalues, power iteration, memoryview, inline, nogil, libc math
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sqrt, fabs, pow

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef inline void matvec(double[:, ::1] a, double[::1] v, double[::1] w) noexcept nogil:
    cdef Py_ssize_t n = a.shape[0], i, j
    cdef double s
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a[i, j] * v[j]
        w[i] = s


@cython.boundscheck(False)
@cython.wraparound(False)
cdef inline double dot(double[::1] x, double[::1] y) noexcept nogil:
    cdef double s = 0.0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += x[i] * y[i]
    return s


@cython_benchmark(args=(160, 300))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def power_iteration_dominant(int n, int max_iter):
    """Dominant eigenvalue of an n x n symmetric matrix by power iteration."""
    if n <= 0:
        return 0.0, 0, 0.0, []
    cdef double[:, ::1] a = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
    cdef double[::1] v = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef double[::1] w = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef long long state = 777
    cdef Py_ssize_t i, j
    cdef double value, lam = 0.0, new_lam, norm, residual = 0.0
    cdef int iters = 0, it
    cdef bint converged
    for i in range(n):
        for j in range(i, n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            value = state / <double> 0x7FFFFFFF - 0.5 + 0.05
            a[i, j] = value
            a[j, i] = value
    for i in range(n):
        v[i] = 1.0 / sqrt(<double> n)
    with nogil:
        for it in range(1, max_iter + 1):
            iters = it
            matvec(a, v, w)
            new_lam = dot(v, w)
            norm = sqrt(dot(w, w))
            for i in range(n):
                v[i] = w[i] / norm
            converged = fabs(new_lam - lam) < 1e-12 * fabs(new_lam)
            lam = new_lam
            if converged:
                break
        matvec(a, v, w)
        for i in range(n):
            residual += pow(w[i] - lam * v[i], 2.0)
        residual = sqrt(residual)
    return lam, iters, residual, [v[i] for i in range(min(n, 5))]
