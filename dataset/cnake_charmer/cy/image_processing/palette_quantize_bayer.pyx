# cython: language_level=3
"""Ordered (Bayer 4x4) dithering of a colour image onto a fixed 8-colour palette.

The palette is a C array of an Rgb struct and the Bayer matrix a 2-D C int array; the
nearest-colour search is an inline cdef function over the structs with integer squared
distances (ties keep the lowest index, as Python's min does).

Keywords: image processing, colour quantisation, bayer, ordered dithering, palette
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Rgb:
    int r
    int g
    int b


cdef Rgb PAL[8]
PAL[0] = Rgb(0, 0, 0)
PAL[1] = Rgb(255, 255, 255)
PAL[2] = Rgb(200, 30, 30)
PAL[3] = Rgb(30, 160, 40)
PAL[4] = Rgb(40, 60, 200)
PAL[5] = Rgb(230, 210, 40)
PAL[6] = Rgb(120, 120, 120)
PAL[7] = Rgb(180, 90, 200)

cdef int BAYER[4][4]
BAYER[0][:] = [0, 8, 2, 10]
BAYER[1][:] = [12, 4, 14, 6]
BAYER[2][:] = [3, 11, 1, 9]
BAYER[3][:] = [15, 7, 13, 5]


cdef inline int nearest(Rgb c) noexcept nogil:
    cdef int i, best = 0, d, bestd = 1 << 30, dr, dg, db
    for i in range(8):
        dr = PAL[i].r - c.r
        dg = PAL[i].g - c.g
        db = PAL[i].b - c.b
        d = dr * dr + dg * dg + db * db
        if d < bestd:
            bestd = d
            best = i
    return best


@cython_benchmark(args=(240, 200))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def palette_quantize_bayer(int width, int height):
    """Quantise a synthetic RGB image to 8 colours with Bayer dithering."""
    cdef long long usage[8]
    cdef long long checksum = 0
    cdef int x, y, k, offset
    cdef int wd = width - 1 if width > 1 else 1
    cdef int hd = height - 1 if height > 1 else 1
    cdef Rgb c
    for k in range(8):
        usage[k] = 0
    for y in range(height):
        for x in range(width):
            offset = (BAYER[y % 4][x % 4] - 8) * 4
            c.r = (x * 255) // wd + offset
            c.g = (y * 255) // hd + offset
            c.b = (x * y) % 256 + offset
            k = nearest(c)
            usage[k] += 1
            checksum = (checksum * 8 + k) % 998244353
    return ([usage[k] for k in range(8)], checksum)
