# cython: language_level=3
"""Perceptual colour differences of a seeded palette with sRGB → CIE Lab and CIEDE2000 — parallel rows.

Colours are converted once into a malloc'd array of ``Lab`` structs; the CIEDE2000
formula is an inline nogil function on C doubles using libc ``atan2``/``sin``/``cos``/
``exp``/``pow`` (Python's float ``%`` and degree/radian conversions are reproduced
exactly). The upper triangle of the distance matrix is filled with ``prange`` over
rows, then scanned serially in the Python order so the minimum, histogram and mean
are identical.

Keywords: graphics, colour science, cie lab, ciede2000, srgb, delta e, palette
"""

import cython
from cython.parallel cimport prange
from libc.math cimport sqrt, pow, atan2, sin, cos, exp, fabs, fmod, M_PI, INFINITY
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Lab:
    double l
    double a
    double b


cdef double RAD_TO_DEG = 180.0 / M_PI
cdef double DEG_TO_RAD = M_PI / 180.0


cdef inline double linear(int channel) noexcept nogil:
    cdef double v = channel / 255.0
    if v <= 0.04045:
        return v / 12.92
    return pow((v + 0.055) / 1.055, 2.4)


cdef inline double lab_f(double t) noexcept nogil:
    cdef double delta = 6.0 / 29.0
    if t > pow(delta, 3.0):
        return pow(t, 1.0 / 3.0)
    return t / (3.0 * delta * delta) + 4.0 / 29.0


cdef inline double hue(double b, double a) noexcept nogil:
    cdef double m = fmod(atan2(b, a) * RAD_TO_DEG, 360.0)
    if m != 0.0:
        if m < 0.0:
            m += 360.0
    else:
        m = 0.0
    return m


cdef inline double ciede2000(Lab p, Lab q) noexcept nogil:
    cdef double c_bar = (sqrt(p.a * p.a + p.b * p.b) + sqrt(q.a * q.a + q.b * q.b)) / 2.0
    cdef double c_bar7 = pow(c_bar, 7.0)
    cdef double g = 0.5 * (1.0 - sqrt(c_bar7 / (c_bar7 + pow(25.0, 7.0))))
    cdef double a1p = (1.0 + g) * p.a, a2p = (1.0 + g) * q.a
    cdef double c1p = sqrt(a1p * a1p + p.b * p.b), c2p = sqrt(a2p * a2p + q.b * q.b)
    cdef double h1p = hue(p.b, a1p), h2p = hue(q.b, a2p)
    cdef double d_l = q.l - p.l, d_c = c2p - c1p, d_h, h_mean
    if c1p * c2p == 0.0:
        d_h = 0.0
    else:
        d_h = h2p - h1p
        if d_h > 180.0:
            d_h -= 360.0
        elif d_h < -180.0:
            d_h += 360.0
    cdef double d_big_h = 2.0 * sqrt(c1p * c2p) * sin((d_h / 2.0) * DEG_TO_RAD)
    cdef double l_mean = (p.l + q.l) / 2.0, c_mean = (c1p + c2p) / 2.0
    if c1p * c2p == 0.0:
        h_mean = h1p + h2p
    elif fabs(h1p - h2p) <= 180.0:
        h_mean = (h1p + h2p) / 2.0
    elif h1p + h2p < 360.0:
        h_mean = (h1p + h2p + 360.0) / 2.0
    else:
        h_mean = (h1p + h2p - 360.0) / 2.0
    cdef double t = (1.0 - 0.17 * cos((h_mean - 30.0) * DEG_TO_RAD) + 0.24 * cos((2.0 * h_mean) * DEG_TO_RAD)
                     + 0.32 * cos((3.0 * h_mean + 6.0) * DEG_TO_RAD) - 0.20 * cos((4.0 * h_mean - 63.0) * DEG_TO_RAD))
    cdef double bump = (h_mean - 275.0) / 25.0
    cdef double d_theta = 30.0 * exp(-bump * bump)
    cdef double c_mean7 = pow(c_mean, 7.0)
    cdef double r_c = 2.0 * sqrt(c_mean7 / (c_mean7 + pow(25.0, 7.0)))
    cdef double l_off = (l_mean - 50.0) * (l_mean - 50.0)
    cdef double s_l = 1.0 + 0.015 * l_off / sqrt(20.0 + l_off)
    cdef double s_c = 1.0 + 0.045 * c_mean
    cdef double s_h = 1.0 + 0.015 * c_mean * t
    cdef double r_t = -sin((2.0 * d_theta) * DEG_TO_RAD) * r_c
    cdef double tl = d_l / s_l, tc = d_c / s_c, th = d_big_h / s_h
    return sqrt(tl * tl + tc * tc + th * th + r_t * tc * th)


@cython_benchmark(args=(420, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def ciede2000_palette_distances(int colours, long long seed):
    """Compare every pair of `colours` seeded sRGB colours with CIEDE2000."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef int n = colours if colours > 0 else 0
    cdef Lab *labs = <Lab *>malloc((n + 1) * sizeof(Lab))
    cdef double *dist = <double *>malloc((<size_t>n * n + 1) * sizeof(double))
    cdef int rgb[3]
    cdef int i, j, k, bi = -1, bj = -1
    cdef double r, g, b, x, y, z, fx, fy, fz, d, best = INFINITY, total = 0.0
    cdef long long noticeable = 0
    cdef long long histogram[12]
    if labs == NULL or dist == NULL:
        free(labs); free(dist)
        raise MemoryError()
    try:
        for i in range(n):
            for k in range(3):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                rgb[k] = <int>((state >> 16) % 256)
            r = linear(rgb[0])
            g = linear(rgb[1])
            b = linear(rgb[2])
            x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
            y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
            z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883
            fx = lab_f(x)
            fy = lab_f(y)
            fz = lab_f(z)
            labs[i].l = 116.0 * fy - 16.0
            labs[i].a = 500.0 * (fx - fy)
            labs[i].b = 200.0 * (fy - fz)
        for i in prange(n, nogil=True, schedule='dynamic'):
            for j in range(i + 1, n):
                dist[i * n + j] = ciede2000(labs[i], labs[j])
        for k in range(12):
            histogram[k] = 0
        for i in range(n):
            for j in range(i + 1, n):
                d = dist[i * n + j]
                if d < best:
                    best = d
                    bi = i
                    bj = j
                if d < 2.3:
                    noticeable += 1
                k = <int>(d / 10.0)
                histogram[k if k < 11 else 11] += 1
                total += d
        pairs = <long long>n * (n - 1) // 2
        mean = total / pairs if pairs else 0.0
        first = [labs[0].l, labs[0].a, labs[0].b] if n else []
        return ((bi, bj), best if pairs else 0.0, noticeable, [histogram[k] for k in range(12)], mean, first)
    finally:
        free(labs); free(dist)
