# cython: language_level=3
"""3x3 median filter over a salt-and-pepper corrupted gradient image.

The nine window values are copied into a C array and the median is found with an
inline compare-exchange network (the classic 19-swap median-of-9), instead of building
and sorting a Python list for every pixel. Pixels are unsigned chars in malloc buffers.

Keywords: image processing, median filter, denoising, salt and pepper, rank filter
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark


cdef inline void cswap(unsigned char* p, int a, int b) noexcept nogil:
    cdef unsigned char t
    if p[a] > p[b]:
        t = p[a]
        p[a] = p[b]
        p[b] = t


cdef inline unsigned char median9(unsigned char* p) noexcept nogil:
    cswap(p, 1, 2); cswap(p, 4, 5); cswap(p, 7, 8)
    cswap(p, 0, 1); cswap(p, 3, 4); cswap(p, 6, 7)
    cswap(p, 1, 2); cswap(p, 4, 5); cswap(p, 7, 8)
    cswap(p, 0, 3); cswap(p, 5, 8); cswap(p, 4, 7)
    cswap(p, 3, 6); cswap(p, 1, 4); cswap(p, 2, 5)
    cswap(p, 4, 7); cswap(p, 4, 2); cswap(p, 6, 4)
    cswap(p, 4, 2)
    return p[4]


@cython_benchmark(args=(300, 260, 12))
@cython.boundscheck(False)
@cython.wraparound(False)
def median_filter_3x3(int width, int height, long long seed):
    """Median-filter a noisy synthetic image."""
    if width <= 0 or height <= 0:
        return (0, 0, [])
    cdef long long state = seed & 0x7FFFFFFF
    cdef Py_ssize_t n = <Py_ssize_t>width * height
    cdef unsigned char* img = <unsigned char*>malloc(n)
    cdef unsigned char* out = <unsigned char*>malloc(n)
    cdef unsigned char win[9]
    cdef int x, y, r, k
    cdef long long impulses = 0, checksum = 0
    cdef Py_ssize_t i
    if img == NULL or out == NULL:
        free(img)
        free(out)
        raise MemoryError()
    try:
        for y in range(height):
            for x in range(width):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                r = <int>((state >> 8) % 100)
                img[y * width + x] = 0 if r < 6 else (255 if r < 12 else (x + 2 * y) % 200 + 20)
        memcpy(out, img, n)
        for y in range(1, height - 1):
            for x in range(1, width - 1):
                k = 0
                for r in range(-1, 2):
                    memcpy(&win[k], &img[(y + r) * width + x - 1], 3)
                    k += 3
                out[y * width + x] = median9(win)
        for i in range(n):
            if out[i] == 0 or out[i] == 255:
                impulses += 1
            checksum = (checksum + (i + 1) * <long long>out[i]) % 1000000007
        return (impulses, checksum, [out[(height // 2) * width + x] for x in range(width if width < 10 else 10)])
    finally:
        free(img)
        free(out)
