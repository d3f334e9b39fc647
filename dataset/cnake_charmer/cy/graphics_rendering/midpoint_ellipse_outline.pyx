# cython: language_level=3
"""Drawing seeded ellipse outlines with the integer midpoint algorithm — in C, without the GIL.

The framebuffer is one malloc'd ``unsigned char`` block wrapped in a ``Canvas`` struct
that is passed by pointer to nogil cdef helpers; the mirrored plot is an inline
function with the clipping tests unrolled, and the decision variables are ``long long``
so the scaled region terms never overflow.

Keywords: graphics, rasterisation, midpoint ellipse, framebuffer, integer arithmetic, symmetry
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Canvas:
    unsigned char *pix
    int size
    long long written


cdef inline void put(Canvas *cv, int px, int py, unsigned char colour) noexcept nogil:
    if px >= 0 and px < cv.size and py >= 0 and py < cv.size:
        cv.pix[py * cv.size + px] = colour
        cv.written += 1


cdef inline void put4(Canvas *cv, int cx, int cy, int x, int y, unsigned char colour) noexcept nogil:
    put(cv, cx + x, cy + y, colour)
    put(cv, cx - x, cy + y, colour)
    put(cv, cx + x, cy - y, colour)
    put(cv, cx - x, cy - y, colour)


cdef void trace(Canvas *cv, int cx, int cy, long long rx, long long ry, unsigned char colour) noexcept nogil:
    cdef long long rx2 = rx * rx, ry2 = ry * ry
    cdef long long x = 0, y = ry, dx = 0, dy = 2 * rx2 * ry, d
    cdef int k
    if ry == 0:
        for k in range(<int>-rx, <int>rx + 1):
            put(cv, cx + k, cy, colour)
        return
    d = 4 * ry2 - 4 * rx2 * ry + rx2
    while dx < dy:
        put4(cv, cx, cy, <int>x, <int>y, colour)
        x += 1
        dx += 2 * ry2
        if d < 0:
            d += 4 * (dx + ry2)
        else:
            y -= 1
            dy -= 2 * rx2
            d += 4 * (dx - dy + ry2)
    d = ry2 * (2 * x + 1) * (2 * x + 1) + 4 * rx2 * (y - 1) * (y - 1) - 4 * rx2 * ry2
    while y >= 0:
        put4(cv, cx, cy, <int>x, <int>y, colour)
        y -= 1
        dy -= 2 * rx2
        if d > 0:
            d += 4 * (rx2 - dy)
        else:
            x += 1
            dx += 2 * ry2
            d += 4 * (dx - dy + rx2)


@cython_benchmark(args=(700, 480, 2024))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def midpoint_ellipse_outline(int count, int size, long long seed):
    """Draw `count` seeded ellipses on a size x size framebuffer of colour indices."""
    if size <= 0:
        return (0, 0, 0, [])
    cdef Canvas cv
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int i, k, cx, cy, rx, ry
    cdef long long lit = 0, checksum = 0, n = <long long>size * size, p
    cdef unsigned char v
    cv.size = size
    cv.written = 0
    cv.pix = <unsigned char *>malloc(n)
    if cv.pix == NULL:
        raise MemoryError()
    try:
        memset(cv.pix, 0, n)
        with nogil:
            for i in range(count):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                cx = <int>((state >> 16) % size)
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                cy = <int>((state >> 16) % size)
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                rx = <int>((state >> 16) % (size // 2 + 1))
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                ry = <int>((state >> 16) % (size // 3 + 1))
                trace(&cv, cx, cy, rx, ry, <unsigned char>(i % 250 + 1))
            for p in range(n):
                v = cv.pix[p]
                if v:
                    lit += 1
                checksum = (checksum * 31 + v) % 1000000007
        samples = [cv.pix[((k * 7919) % size) * size + (k * 104729) % size] for k in range(8)]
        return (cv.written, lit, checksum, samples)
    finally:
        free(cv.pix)
