# cython: language_level=3
"""RGB to HSV conversion of a synthetic colour image with a hue histogram.

Colours travel as small C structs (ctypedef'd Rgb and Hsv) returned by value from an
inline nogil converter, and Python's float modulo is reproduced with fmod plus a sign
fix, so no tuples or float objects are created per pixel.

Keywords: image processing, colour space, rgb, hsv, hue histogram, conversion
"""

import cython
from libc.math cimport fmod, floor

from cnake_charmer.benchmarks import cython_benchmark


ctypedef struct Rgb:
    double r
    double g
    double b

ctypedef struct Hsv:
    double h
    double s
    double v


cdef inline double pymod(double a, double m) noexcept nogil:
    cdef double r = fmod(a, m)
    if r != 0.0 and (r < 0.0) != (m < 0.0):
        r += m
    return r


cdef inline Hsv to_hsv(Rgb c) noexcept nogil:
    cdef Hsv out
    cdef double mx = c.r, mn = c.r, delta
    if c.g > mx:
        mx = c.g
    if c.b > mx:
        mx = c.b
    if c.g < mn:
        mn = c.g
    if c.b < mn:
        mn = c.b
    delta = mx - mn
    if delta == 0.0:
        out.h = 0.0
    elif mx == c.r:
        out.h = 60.0 * pymod((c.g - c.b) / delta, 6.0)
    elif mx == c.g:
        out.h = 60.0 * ((c.b - c.r) / delta + 2.0)
    else:
        out.h = 60.0 * ((c.r - c.g) / delta + 4.0)
    out.s = 0.0 if mx == 0.0 else delta / mx
    out.v = mx
    return out


@cython_benchmark(args=(360, 300))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def rgb_hsv_hue_histogram(int width, int height):
    """Convert a synthetic RGB image to HSV and histogram the hues."""
    cdef long bins[12]
    cdef int x, y, k
    cdef double sat_sum = 0.0, val_sum = 0.0
    cdef Rgb c
    cdef Hsv hsv
    for k in range(12):
        bins[k] = 0
    for y in range(height):
        for x in range(width):
            c.r = ((x * 7 + y * 3) % 256) / 255.0
            c.g = ((x * x + y) % 256) / 255.0
            c.b = ((y * 11 + x // 3) % 256) / 255.0
            hsv = to_hsv(c)
            sat_sum += hsv.s
            val_sum += hsv.v
            if hsv.s > 0.2 and hsv.v > 0.2:
                k = (<int>floor(hsv.h / 30.0)) % 12
                bins[k] += 1
    cdef long n = <long>width * height
    if n == 0:
        return ([bins[k] for k in range(12)], 0.0, 0.0)
    return ([bins[k] for k in range(12)], sat_sum / n, val_sum / n)
