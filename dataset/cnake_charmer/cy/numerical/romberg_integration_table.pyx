# cython: language_level=3
"""Romberg integration with a 2-D typed memoryview table and nogil kernels.

The Romberg table is a single cython.view.array reused for every parameter pair and
accessed through a two-dimensional C-contiguous memoryview; the trapezoid refinement
and the extrapolation run in a nogil helper calling libm directly.

Keywords: numerical integration, romberg, 2d memoryview, cython view, libc math
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport exp, cos

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double damped(double a, double b, double x) noexcept nogil:
    return exp(-a * x * x) * cos(b * x)


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef double romberg(double a, double b, double[:, ::1] table) noexcept nogil:
    cdef int levels = table.shape[0], i, j
    cdef long k, nk
    cdef double lo = 0.0, hi = 2.0, h = hi - lo, fresh, factor
    table[0, 0] = 0.5 * h * (damped(a, b, lo) + damped(a, b, hi))
    for i in range(1, levels):
        h /= 2.0
        fresh = 0.0
        nk = (<long> 1) << (i - 1)
        for k in range(1, nk + 1):
            fresh += damped(a, b, lo + (2 * k - 1) * h)
        table[i, 0] = 0.5 * table[i - 1, 0] + h * fresh
        factor = 1.0
        for j in range(1, i + 1):
            factor *= 4.0
            table[i, j] = table[i, j - 1] + (table[i, j - 1] - table[i - 1, j - 1]) / (factor - 1.0)
    return table[levels - 1, levels - 1]


@cython_benchmark(args=(120, 12))
def romberg_integration_table(int count, int levels):
    """Romberg estimates for count parameter pairs with the given table depth."""
    if levels < 1:
        return []
    cdef cvarray buf = cvarray(shape=(levels, levels), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] table = buf
    cdef list out = []
    cdef int i
    cdef double v
    for i in range(count):
        with nogil:
            v = romberg(0.2 + 0.05 * i, 0.5 + 0.1 * i, table)
        out.append(v)
    return out
