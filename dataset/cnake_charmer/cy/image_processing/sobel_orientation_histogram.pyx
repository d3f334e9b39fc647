# cython: language_level=3
"""Sobel gradients of a synthetic image, binned into an orientation histogram.

The image, the gradient magnitudes and the orientation bins are 2-D C-contiguous
memoryviews; the Sobel stencil, sqrt and atan2 (libc.math) run in a nogil pass, and the
float sum is then reduced in row-major order so it matches the Python summation exactly.

Keywords: image processing, sobel, gradient, edge detection, orientation histogram, hog
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sqrt, atan2, M_PI

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(260, 220, 40.0))
@cython.boundscheck(False)
@cython.wraparound(False)
def sobel_orientation_histogram(int width, int height, double threshold):
    """Return (8-bin orientation counts, strong-edge count, max magnitude, magnitude sum)."""
    if width < 3 or height < 3:
        return ([0] * 8, 0, 0.0, 0.0)
    cdef int[:, ::1] img = cvarray(shape=(height, width), itemsize=sizeof(int), format="i")
    cdef double[:, ::1] mag = cvarray(shape=(height, width), itemsize=sizeof(double), format="d")
    cdef int[:, ::1] binof = cvarray(shape=(height, width), itemsize=sizeof(int), format="i")
    cdef int x, y, gx, gy, b
    cdef double m, peak = 0.0, total = 0.0
    cdef long bins[8]
    cdef long strong = 0
    for y in range(height):
        for x in range(width):
            img[y, x] = ((x * x + 3 * y * y) // 7 + (x * y) % 31 + 17 * ((x // 9 + y // 11) % 2)) % 256
    with nogil:
        for y in range(1, height - 1):
            for x in range(1, width - 1):
                gx = (img[y - 1, x + 1] + 2 * img[y, x + 1] + img[y + 1, x + 1]) - (img[y - 1, x - 1] + 2 * img[y, x - 1] + img[y + 1, x - 1])
                gy = (img[y + 1, x - 1] + 2 * img[y + 1, x] + img[y + 1, x + 1]) - (img[y - 1, x - 1] + 2 * img[y - 1, x] + img[y - 1, x + 1])
                m = sqrt(<double>(gx * gx + gy * gy))
                mag[y, x] = m
                if m > threshold:
                    b = <int>((atan2(<double>gy, <double>gx) + M_PI) / (2 * M_PI) * 8)
                    binof[y, x] = b if b < 7 else 7
                else:
                    binof[y, x] = -1
    for b in range(8):
        bins[b] = 0
    for y in range(1, height - 1):
        for x in range(1, width - 1):
            m = mag[y, x]
            total += m
            if m > peak:
                peak = m
            if binof[y, x] >= 0:
                strong += 1
                bins[binof[y, x]] += 1
    return ([bins[b] for b in range(8)], strong, peak, total)
