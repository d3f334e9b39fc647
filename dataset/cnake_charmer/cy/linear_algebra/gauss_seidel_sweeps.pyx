# cython: language_level=3
"""Gauss-Seidel on a banded matrix stored as a dense 2-D band memoryview.

The band is stored as an (n, 2*BAND+1) C-contiguous memoryview (diagonal-offset
layout) instead of one dict per row, and each sweep is a nogil loop over that band,
visiting the entries in the same column order the Python dicts keep.

Keywords: gauss seidel, band storage, 2d memoryview, iterative solver, nogil
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport fabs

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    BAND = 3


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef int solve(double[:, ::1] band, double[::1] b, double[::1] x) noexcept nogil:
    cdef Py_ssize_t n = x.shape[0], i, j, lo, hi
    cdef int sweeps = 0
    cdef double biggest, s, new, d
    while sweeps < 200:
        sweeps += 1
        biggest = 0.0
        for i in range(n):
            lo = i - BAND if i >= BAND else 0
            hi = i + BAND + 1 if i + BAND + 1 < n else n
            s = 0.0
            for j in range(lo, hi):
                if j != i:
                    s += band[i, j - i + BAND] * x[j]
            new = (b[i] - s) / band[i, BAND]
            d = fabs(new - x[i])
            if d > biggest:
                biggest = d
            x[i] = new
        if biggest < 1e-12:
            break
    return sweeps


@cython_benchmark(args=(3000,))
@cython.boundscheck(False)
@cython.wraparound(False)
def gauss_seidel_sweeps(int n):
    """Solve the banded system by Gauss-Seidel; return sweeps, residual, sum, x[:5]."""
    if n <= 0:
        return 0, 0.0, 0.0, []
    cdef double[:, ::1] band = cvarray(shape=(n, 2 * BAND + 1), itemsize=sizeof(double), format="d")
    cdef double[::1] b = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef double[::1] x = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef long long state = 1234
    cdef Py_ssize_t i, j, lo, hi
    cdef int sweeps
    cdef double s, residual = 0.0, total = 0.0, d
    band[:, :] = 0.0
    for i in range(n):
        lo = i - BAND if i >= BAND else 0
        hi = i + BAND + 1 if i + BAND + 1 < n else n
        for j in range(lo, hi):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            band[i, j - i + BAND] = state / <double> 0x7FFFFFFF - 0.5
        band[i, BAND] = 4.0 + fabs(band[i, BAND])
        b[i] = 1.0 + (i % 7) * 0.25
        x[i] = 0.0
    with nogil:
        sweeps = solve(band, b, x)
        for i in range(n):
            lo = i - BAND if i >= BAND else 0
            hi = i + BAND + 1 if i + BAND + 1 < n else n
            s = 0.0
            for j in range(lo, hi):
                s += band[i, j - i + BAND] * x[j]
            d = fabs(s - b[i])
            if d > residual:
                residual = d
            total += x[i]
    return sweeps, residual, total, [x[i] for i in range(min(n, 5))]
