# cython: language_level=3
"""Rotation of a synthetic image about its centre with nearest-neighbour sampling.

The source is an unsigned-char 2-D memoryview, trigonometry and floor come from
libc.math, and the inverse mapping is done in C doubles with the same operation order
as the Python code, so every nearest-pixel decision is identical.

Keywords: image processing, rotation, affine transform, nearest neighbour, resampling
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport cos, sin, floor, M_PI

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(300, 240, 33.0))
@cython.boundscheck(False)
@cython.wraparound(False)
def image_rotate_nearest(int width, int height, double degrees):
    """Rotate a synthetic image by the given angle (nearest neighbour)."""
    if width <= 0 or height <= 0:
        return (0, 0, [])
    cdef unsigned char[:, ::1] src = cvarray(shape=(height, width), itemsize=1, format="B")
    cdef int x, y, sx, sy, v
    cdef double theta = degrees * (M_PI / 180.0)
    cdef double c = cos(theta), s = sin(theta)
    cdef double cx = (width - 1) / 2.0, cy = (height - 1) / 2.0, dx, dy
    cdef long long inside = 0, checksum = 0
    diag = []
    for y in range(height):
        for x in range(width):
            src[y, x] = (x // 10 * 31 + y // 10 * 17) % 256
    for y in range(height):
        for x in range(width):
            dx = x - cx
            dy = y - cy
            sx = <int>floor(c * dx + s * dy + cx + 0.5)
            sy = <int>floor(-s * dx + c * dy + cy + 0.5)
            if 0 <= sx < width and 0 <= sy < height:
                v = src[sy, sx]
                inside += 1
            else:
                v = 0
            checksum = (checksum * 263 + v) % 4294967291
            if x == y and len(diag) < 12:
                diag.append(v)
    return (inside, checksum, diag)
