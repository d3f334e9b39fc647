# cython: language_level=3
"""Mandelbrot escape counts with the complex recurrence expanded into C doubles.

Each point's orbit runs in an inline nogil function on separate real and imaginary
doubles (testing |z| <= 2 through the same hypot used by abs()), and the per-row
totals go into a long memoryview over a cython.view array.

Keywords: mandelbrot, escape time, complex arithmetic, memoryview, cython view, nogil
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport hypot

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef inline int escape(double cr, double ci, int max_iter) noexcept nogil:
    cdef double zr = 0.0, zi = 0.0, t
    cdef int count = 0
    while count < max_iter and hypot(zr, zi) <= 2.0:
        t = zr * zr - zi * zi + cr
        zi = zr * zi + zi * zr + ci
        zr = t
        count += 1
    return count


@cython_benchmark(args=(160, 100, 80))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def mandelbrot_escape_grid(int width, int height, int max_iter):
    """Per-row iteration totals and the count of points still bounded."""
    if height <= 0:
        return [], 0
    cdef cvarray buf = cvarray(shape=(height,), itemsize=sizeof(long), format="l")
    cdef long[::1] rows = buf
    cdef int r, col, count
    cdef long inside = 0, total
    cdef int dh = height - 1 if height - 1 > 1 else 1
    cdef int dw = width - 1 if width - 1 > 1 else 1
    cdef double ci
    with nogil:
        for r in range(height):
            ci = -1.2 + 2.4 * r / dh
            total = 0
            for col in range(width):
                count = escape(-2.2 + 3.0 * col / dw, ci, max_iter)
                if count == max_iter:
                    inside += 1
                total = total + count
            rows[r] = total
    return [rows[r] for r in range(height)], inside
