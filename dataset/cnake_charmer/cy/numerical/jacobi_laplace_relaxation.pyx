# cython: language_level=3
"""Jacobi relaxation on 2-D memoryviews with rows updated in parallel.

Two cython.view.array grids are swapped each sweep. Every interior row of the new grid
depends only on the old grid, so rows are split across threads with prange; the largest
update per row goes into a per-row buffer and the maximum is taken serially (max is
order-independent, so the result is exact).

The speedup of this pair depends on free cores: on an oversubscribed machine the OpenMP
threads wait on each other at the loop's barrier and the measured gain can drop sharply.

Keywords: pde, laplace equation, jacobi iteration, prange, 2d memoryview, cython view
"""

import cython
from cython.parallel cimport prange
from cython.view cimport array as cvarray
from libc.math cimport sin, fabs, M_PI

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef double sweep(double[:, ::1] src, double[:, ::1] dst, double[::1] rowmax) noexcept nogil:
    cdef Py_ssize_t n = src.shape[0], i, j
    cdef double value, d, best, change = 0.0
    for i in prange(1, n - 1, schedule='static'):
        best = 0.0
        for j in range(1, n - 1):
            value = 0.25 * (src[i - 1, j] + src[i + 1, j] + src[i, j - 1] + src[i, j + 1])
            d = fabs(value - src[i, j])
            if d > best:
                best = d
            dst[i, j] = value
        rowmax[i] = best
    for i in range(1, n - 1):
        if rowmax[i] > change:
            change = rowmax[i]
    return change


@cython_benchmark(args=(48, 150))
@cython.boundscheck(False)
@cython.wraparound(False)
def jacobi_laplace_relaxation(int n, int sweeps):
    """Relax an n x n plate for the given sweeps; return summary values."""
    if n < 3:
        return 0.0, 0.0, 0.0, []
    cdef double[:, ::1] cur = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] nxt = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
    cdef double[::1] rowmax = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] tmp
    cdef Py_ssize_t i, j
    cdef int s
    cdef double change = 0.0, total = 0.0, rs
    cur[:, :] = 0.0
    cur[0, :] = 1.0
    for i in range(1, n):
        cur[i, 0] = sin(M_PI * i / (n - 1))
    nxt[:, :] = cur
    for s in range(sweeps):
        with nogil:
            change = sweep(cur, nxt, rowmax)
        tmp = cur
        cur = nxt
        nxt = tmp
        nxt[:, :] = cur
    for i in range(n):
        rs = 0.0
        for j in range(n):
            rs += cur[i, j]
        total += rs
    return cur[n // 2, n // 2], total, change, [cur[n // 2, j] for j in range(n)]
