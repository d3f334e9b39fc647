# cython: language_level=3
"""Box blur of a pseudo-random grey image through a summed-area table.

The image and its integral table live in 2-D C-contiguous typed memoryviews backed by
cython.view arrays, so the table build and the four-corner window sums are plain C
index arithmetic on 64-bit integers.

Keywords: image processing, box blur, integral image, summed-area table, mean filter
"""

import cython
from cython.view cimport array as cvarray

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(360, 300, 4, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def integral_image_box_blur(int width, int height, int radius, long long seed):
    """Blur a seeded width x height image with a box of the given radius."""
    if radius < 0:
        radius = 0
    if width <= 0 or height <= 0:
        return (0, 0, [])
    cdef long long state = seed & 0x7FFFFFFF
    cdef int[:, ::1] img = cvarray(shape=(height, width), itemsize=sizeof(int), format="i")
    cdef long long[:, ::1] sat = cvarray(shape=(height + 1, width + 1), itemsize=sizeof(long long), format="q")
    cdef int[:, ::1] out = cvarray(shape=(height, width), itemsize=sizeof(int), format="i")
    cdef int x, y, x0, x1, y0, y1
    cdef long long run, total, checksum = 0, grand = 0
    for y in range(height):
        for x in range(width):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            img[y, x] = <int>(state >> 23)
    for x in range(width + 1):
        sat[0, x] = 0
    for y in range(height):
        run = 0
        sat[y + 1, 0] = 0
        for x in range(width):
            run += img[y, x]
            sat[y + 1, x + 1] = sat[y, x + 1] + run
    for y in range(height):
        y0 = y - radius if y > radius else 0
        y1 = y + radius + 1 if y + radius + 1 < height else height
        for x in range(width):
            x0 = x - radius if x > radius else 0
            x1 = x + radius + 1 if x + radius + 1 < width else width
            total = sat[y1, x1] - sat[y0, x1] - sat[y1, x0] + sat[y0, x0]
            out[y, x] = <int>(total / ((y1 - y0) * (x1 - x0)))
            checksum += (<long long>y * width + x + 1) * out[y, x]
            grand += out[y, x]
    cdef int h2 = height // 2
    cdef int n = width if width < 12 else 12
    return (checksum, grand, [out[h2, x] for x in range(n)])
