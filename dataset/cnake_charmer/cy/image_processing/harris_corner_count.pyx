# cython: language_level=3
"""Harris corner response on a synthetic image of rectangles.

Gradients and the Harris response are 2-D double memoryviews; the 3x3 structure-tensor
sums are unrolled C loops over those planes, and the strict-maximum test is an inline
nogil helper that exits at the first failing neighbour instead of building a generator.

Keywords: image processing, harris corner, structure tensor, feature detection, gradient
"""

import cython
from cython.view cimport array as cvarray

from cnake_charmer.benchmarks import cython_benchmark


cdef inline bint strict_max(double[:, ::1] resp, int x, int y) noexcept nogil:
    cdef double r = resp[y, x]
    cdef int dx, dy
    for dy in range(-1, 2):
        for dx in range(-1, 2):
            if (dx != 0 or dy != 0) and not (r > resp[y + dy, x + dx]):
                return False
    return True


@cython_benchmark(args=(200, 170, 0.05))
@cython.boundscheck(False)
@cython.wraparound(False)
def harris_corner_count(int width, int height, double k):
    """Return (corner count, first corners, peak response) of a rectangle scene."""
    if width < 1 or height < 1:
        return (0, [], 0.0)
    cdef double[:, ::1] img = cvarray(shape=(height, width), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] gx = cvarray(shape=(height, width), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] gy = cvarray(shape=(height, width), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] resp = cvarray(shape=(height, width), itemsize=sizeof(double), format="d")
    cdef int i, x, y, dx, dy, x0, y0, wm = width - 20 if width - 20 > 1 else 1, hm = height - 20 if height - 20 > 1 else 1
    cdef double sxx, syy, sxy, a, b, r, peak = 0.0, thresh
    img[:, :] = 0.0
    gx[:, :] = 0.0
    gy[:, :] = 0.0
    resp[:, :] = 0.0
    for i in range(6):
        x0 = 7 + i * 29 % wm
        y0 = 5 + i * 23 % hm
        for y in range(y0, min(y0 + 14 + i * 3, height)):
            for x in range(x0, min(x0 + 18 + i * 2, width)):
                img[y, x] += 60.0 + 20 * i
    for y in range(1, height - 1):
        for x in range(1, width - 1):
            gx[y, x] = (img[y, x + 1] - img[y, x - 1]) * 0.5
            gy[y, x] = (img[y + 1, x] - img[y - 1, x]) * 0.5
    for y in range(2, height - 2):
        for x in range(2, width - 2):
            sxx = 0.0
            syy = 0.0
            sxy = 0.0
            for dy in range(-1, 2):
                for dx in range(-1, 2):
                    a = gx[y + dy, x + dx]
                    b = gy[y + dy, x + dx]
                    sxx = sxx + a * a
                    syy = syy + b * b
                    sxy = sxy + a * b
            resp[y, x] = sxx * syy - sxy * sxy - k * ((sxx + syy) * (sxx + syy))
    for y in range(2, height - 2):
        for x in range(2, width - 2):
            if resp[y, x] > peak:
                peak = resp[y, x]
    thresh = 0.01 * peak
    corners = []
    cdef int count = 0
    for y in range(3, height - 3):
        for x in range(3, width - 3):
            if resp[y, x] > thresh and strict_max(resp, x, y):
                count += 1
                if count <= 6:
                    corners.append((x, y))
    return (count, corners, peak)
