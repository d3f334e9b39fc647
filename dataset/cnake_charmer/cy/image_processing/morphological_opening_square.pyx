# cython: language_level=3
"""Morphological opening (erosion then dilation) with a square structuring element.

A square element is separable: erosion is a horizontal min followed by a vertical min
(and dilation the same with max), so each pass costs O(r) per pixel instead of O(r^2).
Bitmaps are 2-D unsigned-char memoryviews and the passes are cdef helpers.

Keywords: image processing, morphology, opening, erosion, dilation, structuring element
"""

import cython
from cython.view cimport array as cvarray

from cnake_charmer.benchmarks import cython_benchmark


cdef void sweep(unsigned char[:, ::1] src, unsigned char[:, ::1] dst, int r, bint horizontal, bint erode) noexcept nogil:
    cdef int h = src.shape[0], w = src.shape[1], x, y, k, lo, hi
    cdef unsigned char v
    for y in range(h):
        for x in range(w):
            if horizontal:
                lo = x - r if x > r else 0
                hi = x + r if x + r < w - 1 else w - 1
            else:
                lo = y - r if y > r else 0
                hi = y + r if y + r < h - 1 else h - 1
            v = 1 if erode else 0
            for k in range(lo, hi + 1):
                if horizontal:
                    if src[y, k] != v:
                        v = 1 - v
                        break
                else:
                    if src[k, x] != v:
                        v = 1 - v
                        break
            dst[y, x] = v


@cython_benchmark(args=(120, 100, 2, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
def morphological_opening_square(int width, int height, int r, long long seed):
    """Open a speckled binary image with a square element of radius r."""
    cdef unsigned char[:, ::1] img = cvarray(shape=(height, width), itemsize=1, format="B")
    cdef unsigned char[:, ::1] tmp = cvarray(shape=(height, width), itemsize=1, format="B")
    cdef unsigned char[:, ::1] ero = cvarray(shape=(height, width), itemsize=1, format="B")
    cdef unsigned char[:, ::1] opn = cvarray(shape=(height, width), itemsize=1, format="B")
    cdef long long state = seed & 0x7FFFFFFF, before = 0, after_e = 0, after_o = 0, rs
    cdef int x, y
    for y in range(height):
        for x in range(width):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            img[y, x] = 1 if (x // 20 + y // 15) % 3 == 0 or (state >> 20) % 11 == 0 else 0
    with nogil:
        sweep(img, tmp, r, True, True)
        sweep(tmp, ero, r, False, True)
        sweep(ero, tmp, r, True, False)
        sweep(tmp, opn, r, False, False)
    rows = []
    for y in range(height):
        rs = 0
        for x in range(width):
            before += img[y, x]
            after_e += ero[y, x]
            after_o += opn[y, x]
            rs += (x + 1) * opn[y, x]
        if y < 8:
            rows.append(rs)
    return (before, after_e, after_o, rows)
