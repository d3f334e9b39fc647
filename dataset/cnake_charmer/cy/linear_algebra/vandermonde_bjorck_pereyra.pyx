# cython: language_level=3
"""Bjorck-Pereyra Vandermonde solves in place on typed memoryview slices.

Nodes and coefficients are contiguous double memoryviews over cython.view arrays
reused for every system; both stages of the algorithm update the coefficient buffer in
place inside a nogil function with C division.

Keywords: vandermonde matrix, bjorck pereyra, memoryview, in place, nogil, cdivision
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport cos, M_PI

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef double solve(const double[::1] xs, double[::1] a) noexcept nogil:
    cdef Py_ssize_t n = xs.shape[0], k, i
    cdef double total = 0.0
    for k in range(n - 1):
        for i in range(n - 1, k, -1):
            a[i] = (a[i] - a[i - 1]) / (xs[i] - xs[i - k - 1])
    for k in range(n - 2, -1, -1):
        for i in range(k, n - 1):
            a[i] -= xs[k] * a[i + 1]
    for i in range(n):
        total += a[i]
    return total


@cython_benchmark(args=(400, 40))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def vandermonde_bjorck_pereyra(int count, int n):
    """Solve count Vandermonde systems of size n; return coefficient sums and a sample."""
    if n <= 0:
        return [0.0] * max(count, 0), []
    cdef Py_ssize_t size = n
    cdef double[::1] xs = cvarray(shape=(size,), itemsize=sizeof(double), format="d")
    cdef double[::1] a = cvarray(shape=(size,), itemsize=sizeof(double), format="d")
    cdef int s, j
    cdef double total
    cdef list sums = [], first = []
    for s in range(count):
        for j in range(n):
            xs[j] = cos(M_PI * (j + 0.5) / n) * (1.0 + 0.001 * s)
            a[j] = cos(3.0 * xs[j]) + xs[j]
        with nogil:
            total = solve(xs, a)
        sums.append(total)
        if s == 0:
            first = [a[j] for j in range(min(n, 6))]
    return sums, first
