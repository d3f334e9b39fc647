# cython: language_level=3
"""Histogram equalisation of a low-contrast image.

Pixels are a ctypedef'd uint8_t pixel type in a malloc'd buffer (libc.stdint), the histogram, cdf and lookup
table are fixed C arrays, and the remap is one table lookup per byte with a level
bitmap instead of a Python set.

Keywords: image processing, histogram equalisation, contrast, cdf, lookup table
"""

import cython
from libc.stdint cimport uint8_t, uint32_t, int64_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

ctypedef uint8_t pixel_t


@cython_benchmark(args=(480, 400, 31))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def histogram_equalization_stretch(int width, int height, long long seed):
    """Equalise a synthetic low-contrast image."""
    cdef int64_t n = <int64_t>width * height
    if width <= 0 or height <= 0:
        return (0, 0.0, [], [])
    cdef uint32_t state = <uint32_t>(seed & 0x7FFFFFFF)
    cdef pixel_t* img = <pixel_t*>malloc(n * sizeof(pixel_t))
    if img == NULL:
        raise MemoryError()
    cdef int64_t hist[256]
    cdef int64_t cdf[256]
    cdef int lut[256]
    cdef bint seen[256]
    cdef int x, y, v, levels = 0
    cdef int64_t i, run = 0, cdf_min = 0, denom, total = 0
    try:
        for v in range(256):
            hist[v] = 0
            seen[v] = False
        for y in range(height):
            for x in range(width):
                state = state * 1664525u + 1013904223u
                v = 90 + ((x * 7 + y * 3) % 40 + <int>(state >> 27)) // 2
                img[y * width + x] = <pixel_t>v
                hist[v] += 1
        for v in range(256):
            run += hist[v]
            cdf[v] = run
            if cdf_min == 0 and run > 0:
                cdf_min = run
        denom = n - cdf_min if n - cdf_min > 1 else 1
        for v in range(256):
            lut[v] = <int>((cdf[v] - cdf_min) * 255 // denom) if cdf[v] > cdf_min else 0
        for i in range(n):
            v = lut[img[i]]
            total += v
            if not seen[v]:
                seen[v] = True
                levels += 1
        row = [lut[img[(height // 2) * width + x]] for x in range(width if width < 10 else 10)]
        return (levels, <double>total / n, [lut[v] for v in range(88, 104)], row)
    finally:
        free(img)
