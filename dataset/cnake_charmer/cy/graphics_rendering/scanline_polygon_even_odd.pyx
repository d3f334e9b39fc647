# cython: language_level=3
"""Filling self-intersecting polygons scanline by scanline with the even-odd rule — flat C buffers.

Vertices live in two malloc'd int arrays, the crossings of a row go into a reusable
double buffer sorted by insertion sort (there are only a handful), spans are painted
with ``memset`` into an ``unsigned char`` framebuffer, and the whole fill runs in a
nogil block. The crossing formula is evaluated in the same order as the Python side so
every span end is bit-identical.

Keywords: graphics, scanline fill, even-odd rule, polygon rasterisation, spans, framebuffer
"""

import cython
from libc.math cimport ceil
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


cdef int row_crossings(const int *vx, const int *vy, int n, double yc, double *xs) noexcept nogil:
    cdef int i, j, m = 0, x0, y0, x1, y1
    cdef double t
    for i in range(n):
        x0 = vx[i]
        y0 = vy[i]
        j = i + 1 if i + 1 < n else 0
        x1 = vx[j]
        y1 = vy[j]
        if (y0 <= yc and yc < y1) or (y1 <= yc and yc < y0):
            t = x0 + (yc - y0) * (x1 - x0) / (y1 - y0)
            j = m
            while j > 0 and xs[j - 1] > t:
                xs[j] = xs[j - 1]
                j -= 1
            xs[j] = t
            m += 1
    return m


@cython_benchmark(args=(420, 260, 13, 77))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def scanline_polygon_even_odd(int size, int polygons, int vertices, long long seed):
    """Paint `polygons` seeded polygons with `vertices` corners into a size x size image."""
    if size <= 0:
        return (0, 0, 0, [])
    cdef unsigned char *frame = <unsigned char *>calloc(<size_t>size * size, 1)
    cdef int nv = vertices if vertices > 0 else 0
    cdef int *vx = <int *>malloc((nv + 1) * sizeof(int))
    cdef int *vy = <int *>malloc((nv + 1) * sizeof(int))
    cdef double *xs = <double *>malloc((nv + 1) * sizeof(double))
    cdef long long state = seed & 0x7FFFFFFF
    cdef long long span_pixels = 0, lit = 0
    cdef unsigned long long checksum = 0, mask = 0xFFFFFFFFFFFF
    cdef int p, i, k, y, m, cx, cy, reach, top, bottom, start, end
    cdef unsigned char colour
    cdef Py_ssize_t q
    if frame == NULL or vx == NULL or vy == NULL or xs == NULL:
        free(frame); free(vx); free(vy); free(xs)
        raise MemoryError()
    try:
        with nogil:
            for p in range(polygons):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                cx = <int>((state >> 16) % size)
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                cy = <int>((state >> 16) % size)
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                reach = <int>((state >> 16) % (size // 3 + 1)) + 1
                for i in range(nv):
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    vx[i] = cx + <int>((state >> 16) % (2 * reach + 1)) - reach
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    vy[i] = cy + <int>((state >> 16) % (2 * reach + 1)) - reach
                if nv == 0:
                    continue
                colour = <unsigned char>(p % 200 + 1)
                top = vy[0]
                bottom = vy[0]
                for i in range(1, nv):
                    if vy[i] < top:
                        top = vy[i]
                    if vy[i] > bottom:
                        bottom = vy[i]
                if top < 0:
                    top = 0
                if bottom > size - 1:
                    bottom = size - 1
                for y in range(top, bottom + 1):
                    m = row_crossings(vx, vy, nv, y + 0.5, xs)
                    k = 0
                    while k + 1 < m:
                        start = <int>ceil(xs[k] - 0.5) if xs[k] - 0.5 > 0 else 0
                        end = <int>ceil(xs[k + 1] - 0.5) if xs[k + 1] - 0.5 < size else size
                        if start < end:
                            memset(frame + <size_t>y * size + start, colour, end - start)
                            span_pixels += end - start
                        k += 2
            for q in range(<Py_ssize_t>size * size):
                if frame[q]:
                    lit += 1
                checksum = (checksum * 131 + frame[q]) & mask
        samples = [frame[((k * 37) % size) * size + (k * 53 + 11) % size] for k in range(10)]
        return (span_pixels, lit, checksum, samples)
    finally:
        free(frame); free(vx); free(vy); free(xs)
