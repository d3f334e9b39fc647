# cython: language_level=3
"""Sturm-sequence bisection written with Cython's pure-Python-mode decorators.

The Sturm count is a C function declared with @cython.cfunc, @cython.locals and
@cython.returns (with an exception value) working on typed double memoryviews of
cython.view arrays, so the bisection's inner recurrence is a tight C loop while the
source keeps Python syntax.

Keywords: eigenvalues, sturm sequence, bisection, pure python mode, memoryview, cython view
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sin, cos, fabs, pow

from cnake_charmer.benchmarks import cython_benchmark


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
@cython.returns(cython.int)
@cython.locals(i=cython.Py_ssize_t, count=cython.int, q=cython.double, b2=cython.double)
@cython.exceptval(-1)
def count_below(diag: cython.double[::1], off: cython.double[::1], x: cython.double):
    count = 0
    q = 1.0
    for i in range(diag.shape[0]):
        if i:
            b2 = pow(off[i - 1], 2.0)
            q = diag[i] - x - b2 / q
        else:
            q = diag[i] - x - 0.0
        if q == 0.0:
            q = -1e-300
        if q < 0.0:
            count += 1
    return count


@cython_benchmark(args=(400, 40))
@cython.boundscheck(False)
@cython.wraparound(False)
def sturm_bisection_tridiagonal_eigen(int n, int wanted):
    """Smallest `wanted` eigenvalues of an n x n tridiagonal matrix by Sturm bisection."""
    if n <= 0:
        return [], 0.0, 0
    cdef double[::1] diag = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef double[::1] off = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef Py_ssize_t i
    cdef int k
    cdef long counts = 0
    cdef double r, lo0 = 0.0, hi0 = 0.0, lo, hi, mid, total = 0.0, scale
    cdef list values = []
    for i in range(n):
        diag[i] = 2.0 + sin(0.7 * i)
        off[i] = 0.5 + 0.4 * cos(1.3 * i) if i < n - 1 else 0.0
    for i in range(n):
        r = (fabs(off[i - 1]) if i else 0.0) + (fabs(off[i]) if i < n - 1 else 0.0)
        if i == 0 or diag[i] - r < lo0:
            lo0 = diag[i] - r
        if i == 0 or diag[i] + r > hi0:
            hi0 = diag[i] + r
    for k in range(wanted if wanted < n else n):
        lo = lo0
        hi = hi0
        while True:
            scale = fabs(lo) + fabs(hi)
            if hi - lo <= 1e-12 * (scale if scale > 1.0 else 1.0):
                break
            mid = 0.5 * (lo + hi)
            counts += 1
            if count_below(diag, off, mid) > k:
                hi = mid
            else:
                lo = mid
        values.append(0.5 * (lo + hi))
        total += 0.5 * (lo + hi)
    return values, total, counts
