# cython: language_level=3
"""Drawing antialiased seeded lines with Xiaolin Wu's algorithm into a coverage buffer — cpython.array storage.

The coverage buffer is a zero-initialised ``cpython.array`` of doubles cloned in one
call and accessed through its raw ``double *``; the line walker is a nogil cdef
function with a ``bint`` steep flag that swaps the plot coordinates, and the fractional
parts use libc ``floor`` exactly like ``math.floor`` on the Python side.

Keywords: graphics, antialiasing, xiaolin wu, line drawing, coverage, rasterisation
"""

import cython
from cpython cimport array
import array
from libc.math cimport floor, fabs

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double fpart(double x) noexcept nogil:
    return x - floor(x)


cdef inline double rfpart(double x) noexcept nogil:
    return 1.0 - fpart(x)


cdef inline void plot(double *canvas, long size, long x, long y, double c, bint steep) noexcept nogil:
    cdef long t
    cdef double v
    if steep:
        t = x
        x = y
        y = t
    if x >= 0 and x < size and y >= 0 and y < size:
        v = canvas[y * size + x] + c
        canvas[y * size + x] = v if v < 1.0 else 1.0


cdef void wu_line(double *canvas, long size, double x0, double y0, double x1, double y1) noexcept nogil:
    cdef bint steep = fabs(y1 - y0) > fabs(x1 - x0)
    cdef double t, dx, dy, gradient, y_end, gap, inter_y
    cdef long x_end, x_first, x_last, y_pix, x, base
    if steep:
        t = x0; x0 = y0; y0 = t
        t = x1; x1 = y1; y1 = t
    if x0 > x1:
        t = x0; x0 = x1; x1 = t
        t = y0; y0 = y1; y1 = t
    dx = x1 - x0
    dy = y1 - y0
    gradient = dy / dx if dx != 0.0 else 1.0

    x_end = <long>floor(x0 + 0.5)
    y_end = y0 + gradient * (x_end - x0)
    gap = rfpart(x0 + 0.5)
    x_first = x_end
    y_pix = <long>floor(y_end)
    plot(canvas, size, x_first, y_pix, rfpart(y_end) * gap, steep)
    plot(canvas, size, x_first, y_pix + 1, fpart(y_end) * gap, steep)
    inter_y = y_end + gradient

    x_end = <long>floor(x1 + 0.5)
    y_end = y1 + gradient * (x_end - x1)
    gap = fpart(x1 + 0.5)
    x_last = x_end
    y_pix = <long>floor(y_end)
    plot(canvas, size, x_last, y_pix, rfpart(y_end) * gap, steep)
    plot(canvas, size, x_last, y_pix + 1, fpart(y_end) * gap, steep)

    for x in range(x_first + 1, x_last):
        base = <long>floor(inter_y)
        plot(canvas, size, x, base, rfpart(inter_y), steep)
        plot(canvas, size, x, base + 1, fpart(inter_y), steep)
        inter_y += gradient


@cython_benchmark(args=(800, 512, 41))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def wu_antialiased_lines(int lines, int size, long long seed):
    """Draw `lines` seeded antialiased segments on a size x size coverage buffer."""
    cdef array.array buffer = array.clone(array.array('d', []), <Py_ssize_t>size * size, zero=True)
    cdef double *canvas = buffer.data.as_doubles
    cdef long long state = seed & 0x7FFFFFFF
    cdef double c[4]
    cdef double coverage = 0.0, value
    cdef long long lit = 0, checksum = 0
    cdef long long histogram[8]
    cdef int i, k, level
    cdef Py_ssize_t q
    for k in range(8):
        histogram[k] = 0
    with nogil:
        for i in range(lines):
            for k in range(4):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                c[k] = (state >> 10) / 2097152.0 * size
            wu_line(canvas, size, c[0], c[1], c[2], c[3])
        for q in range(<Py_ssize_t>size * size):
            value = canvas[q]
            coverage += value
            level = <int>(value * 255.0)
            if level:
                lit += 1
                histogram[level // 32] += 1
            checksum = (checksum * 257 + level) % 1000000007
    samples = [<int>(canvas[((k * 17) % size) * size + (k * 31) % size] * 255.0) for k in range(8)] if size else []
    return (coverage, lit, [histogram[k] for k in range(8)], checksum, samples)
