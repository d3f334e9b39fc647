# cython: language_level=3
"""Bilinear resampling of a synthetic image to a new size.

The source is a 2-D int memoryview; source coordinates use libc.math floor and C
doubles in the same operation order as the Python code, so every interpolated value and
rounding decision is identical. The row fractions are computed once per row.

Keywords: image processing, resize, bilinear interpolation, resampling, scaling
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport floor

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double clampd(double v, double hi) noexcept nogil:
    if v < 0.0:
        return 0.0
    if v > hi:
        return hi
    return v


@cython_benchmark(args=(150, 120, 330, 270))
@cython.boundscheck(False)
@cython.wraparound(False)
def bilinear_image_resize(int src_w, int src_h, int dst_w, int dst_h):
    """Resize a synthetic src_w x src_h image to dst_w x dst_h bilinearly."""
    if src_w <= 0 or src_h <= 0 or dst_w <= 0 or dst_h <= 0:
        return (0, 0.0, [])
    cdef int[:, ::1] src = cvarray(shape=(src_h, src_w), itemsize=sizeof(int), format="i")
    cdef int x, y, i, j, x0, x1, y0, y1, v
    cdef double sx = <double>src_w / dst_w, sy = <double>src_h / dst_h
    cdef double fx, fy, tx, ty, top, bot
    cdef long long checksum = 0, total = 0
    mid_row = []
    for y in range(src_h):
        for x in range(src_w):
            src[y, x] = (x * 13 + y * 7 + (x ^ y) * 3) % 256
    for j in range(dst_h):
        fy = clampd((j + 0.5) * sy - 0.5, src_h - 1.0)
        y0 = <int>floor(fy)
        y1 = y0 + 1 if y0 + 1 < src_h - 1 else src_h - 1
        ty = fy - y0
        for i in range(dst_w):
            fx = clampd((i + 0.5) * sx - 0.5, src_w - 1.0)
            x0 = <int>floor(fx)
            x1 = x0 + 1 if x0 + 1 < src_w - 1 else src_w - 1
            tx = fx - x0
            top = src[y0, x0] * (1 - tx) + src[y0, x1] * tx
            bot = src[y1, x0] * (1 - tx) + src[y1, x1] * tx
            v = <int>floor(top * (1 - ty) + bot * ty + 0.5)
            checksum = (checksum * 257 + v) % 2147483647
            total += v
            if j == dst_h // 2 and i < 16:
                mid_row.append(v)
    return (checksum, <double>total / (<double>dst_w * dst_h), mid_row)
