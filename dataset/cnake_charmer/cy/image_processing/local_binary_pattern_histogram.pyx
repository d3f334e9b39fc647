# cython: language_level=3
"""Local binary pattern (LBP) texture histogram of a synthetic texture.

The image is a byte buffer and each code is built from eight unrolled C comparisons
against row pointers; the transition count for uniformity uses a rotate-and-xor
popcount on an unsigned int instead of a Python generator per code.

Keywords: image processing, local binary pattern, lbp, texture, descriptor, histogram
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int popcount8(unsigned int v) noexcept nogil:
    cdef int c = 0
    while v:
        v &= v - 1
        c += 1
    return c


@cython_benchmark(args=(260, 240, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
def local_binary_pattern_histogram(int width, int height, long long seed):
    """Return the five most common LBP codes, the uniform-code count and a checksum."""
    cdef long hist[256]
    cdef int x, y, code, k
    cdef unsigned int rot
    cdef unsigned char c
    cdef unsigned char* up
    cdef unsigned char* mid
    cdef unsigned char* dn
    cdef long long state = seed & 0x7FFFFFFF, checksum = 0, uniform = 0
    for k in range(256):
        hist[k] = 0
    if width > 0 and height > 0:
        img = <unsigned char*>malloc(width * height)
        if img == NULL:
            raise MemoryError()
        try:
            for y in range(height):
                for x in range(width):
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    img[y * width + x] = <unsigned char>(((x // 5) * 40 + (y // 7) * 25 + (state >> 27)) % 256)
            for y in range(1, height - 1):
                up = img + (y - 1) * width
                mid = img + y * width
                dn = img + (y + 1) * width
                for x in range(1, width - 1):
                    c = mid[x]
                    code = ((up[x - 1] >= c) | ((up[x] >= c) << 1) | ((up[x + 1] >= c) << 2)
                            | ((mid[x + 1] >= c) << 3) | ((dn[x + 1] >= c) << 4) | ((dn[x] >= c) << 5)
                            | ((dn[x - 1] >= c) << 6) | ((mid[x - 1] >= c) << 7))
                    hist[code] += 1
        finally:
            free(img)
    for code in range(256):
        rot = ((<unsigned int>code >> 1) | ((<unsigned int>code & 1) << 7)) & 0xFF
        if popcount8(rot ^ <unsigned int>code) <= 2:
            uniform += hist[code]
        checksum += (code + 1) * hist[code]
    top = sorted(range(256), key=lambda i: (-hist[i], i))[:5]
    return ([(i, hist[i]) for i in top], uniform, checksum)
