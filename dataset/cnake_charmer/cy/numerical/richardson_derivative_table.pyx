# cython: language_level=3
"""Richardson extrapolation with a reusable 2-D memoryview tableau.

The tableau is one cython.view.array of shape (levels, levels) reused at every point
and accessed through a 2-D C-contiguous memoryview; estimates go into a second
buffer. All arithmetic is in a nogil cdef function using libm.

Keywords: numerical differentiation, richardson extrapolation, 2d memoryview, cython view
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sin, cos, exp, fabs

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double f(double x) noexcept nogil:
    return sin(x) * exp(-x / 3.0)


cdef inline double df(double x) noexcept nogil:
    return exp(-x / 3.0) * (cos(x) - sin(x) / 3.0)


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef double richardson(double x, double[:, ::1] table) noexcept nogil:
    cdef int levels = table.shape[0], level, j
    cdef double h = 0.4, factor
    for level in range(levels):
        table[level, 0] = (f(x + h) - f(x - h)) / (2.0 * h)
        factor = 1.0
        for j in range(1, level + 1):
            factor *= 4.0
            table[level, j] = table[level, j - 1] + (table[level, j - 1] - table[level - 1, j - 1]) / (factor - 1.0)
        h /= 2.0
    return table[levels - 1, levels - 1]


@cython_benchmark(args=(6000, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def richardson_derivative_table(int m, int levels):
    """Richardson-extrapolated derivatives at m points using the given tableau depth."""
    if levels < 1:
        return 0.0, 0.0, []
    if m <= 0:
        return 0.0, 0.0, []
    cdef double[:, ::1] table = cvarray(shape=(levels, levels), itemsize=sizeof(double), format="d")
    cdef double[::1] est = cvarray(shape=(m,), itemsize=sizeof(double), format="d")
    cdef int i
    cdef double x, err, max_err = 0.0, total = 0.0
    with nogil:
        for i in range(m):
            x = 0.1 + 8.0 * i / m
            est[i] = richardson(x, table)
            err = fabs(est[i] - df(x))
            if err > max_err:
                max_err = err
            total += est[i]
    cdef int stride = m // 5 if m // 5 > 1 else 1
    return max_err, total, [est[i] for i in range(0, m, stride)]
