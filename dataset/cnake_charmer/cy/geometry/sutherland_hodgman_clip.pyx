# cython: language_level=3
"""Sutherland-Hodgman clipping of many seeded polygons against a window.

Polygons are fixed-capacity double buffers (x/y interleaved) and each half-plane pass
is a cdef function writing into a ping-pong buffer; the coordinate axis is selected by
pointer offset, so clipping allocates nothing per polygon.

Keywords: geometry, polygon clipping, sutherland hodgman, half plane, shoelace area
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport cos, sin, fabs, M_PI

from cnake_charmer.benchmarks import cython_benchmark


cdef inline bint inside(double v, double bound, bint below) noexcept nogil:
    return v <= bound if below else v >= bound


cdef int clip_pass(double* src, int n, double* dst, int axis, double bound, bint below) noexcept nogil:
    cdef int i, m = 0, p
    cdef double t, cx, cy, px, py, ca, pa
    for i in range(n):
        p = i - 1 if i > 0 else n - 1
        cx = src[2 * i]
        cy = src[2 * i + 1]
        px = src[2 * p]
        py = src[2 * p + 1]
        ca = src[2 * i + axis]
        pa = src[2 * p + axis]
        if inside(ca, bound, below):
            if not inside(pa, bound, below):
                t = (bound - pa) / (ca - pa)
                dst[2 * m] = px + t * (cx - px)
                dst[2 * m + 1] = py + t * (cy - py)
                m += 1
            dst[2 * m] = cx
            dst[2 * m + 1] = cy
            m += 1
        elif inside(pa, bound, below):
            t = (bound - pa) / (ca - pa)
            dst[2 * m] = px + t * (cx - px)
            dst[2 * m + 1] = py + t * (cy - py)
            m += 1
    return m


@cython_benchmark(args=(6000, 12, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def sutherland_hodgman_clip(int count, int sides, long long seed):
    """Clip `count` seeded star polygons to the window [0, 10] x [0, 6]."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef int cap = 2 * (2 * sides + 8)
    cdef double* a = <double*>malloc(cap * sizeof(double))
    cdef double* b = <double*>malloc(cap * sizeof(double))
    cdef double* tmp
    cdef double cx, cy, r, ang, area, total_area = 0.0, first_area = 0.0
    cdef double bounds[4]
    cdef int axes[4]
    cdef bint belows[4]
    cdef int c, k, n, i, p
    cdef long total_vertices = 0, vanished = 0
    bounds[:] = [0.0, 10.0, 0.0, 6.0]
    axes[:] = [0, 0, 1, 1]
    belows[:] = [False, True, False, True]
    if a == NULL or b == NULL:
        free(a); free(b)
        raise MemoryError()
    try:
        for c in range(count):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            cx = (state % 1400) / 100.0 - 2.0
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            cy = (state % 1000) / 100.0 - 2.0
            for k in range(sides):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                r = 0.5 + (state % 300) / 100.0
                ang = 2 * M_PI * k / sides
                a[2 * k] = cx + r * cos(ang)
                a[2 * k + 1] = cy + r * sin(ang)
            n = sides
            for k in range(4):
                if n == 0:
                    break
                n = clip_pass(a, n, b, axes[k], bounds[k], belows[k])
                tmp = a
                a = b
                b = tmp
            area = 0.0
            for i in range(n):
                p = i - 1 if i > 0 else n - 1
                area += a[2 * p] * a[2 * i + 1] - a[2 * i] * a[2 * p + 1]
            area = fabs(area) / 2
            if n == 0:
                vanished += 1
            total_area += area
            total_vertices += n
            if c == 0:
                first_area = area
        return (total_area, total_vertices, vanished, first_area)
    finally:
        free(a); free(b)
