# cython: language_level=3
"""Arc length of cubic Bezier curves by recursive adaptive flattening.

Control points travel by value in a Bez struct of four C points; the de Casteljau split
and the flatness test are a recursive nogil cdef function, and the leaf counter is
passed by address, so no Python lists are created during subdivision.

Keywords: geometry, bezier curve, de casteljau, adaptive subdivision, arc length
"""

import cython
from libc.math cimport hypot

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Bez:
    double x0
    double y0
    double x1
    double y1
    double x2
    double y2
    double x3
    double y3


cdef double seg_length(Bez p, double tol, int depth, long* counter) noexcept nogil:
    cdef double chord = hypot(p.x3 - p.x0, p.y3 - p.y0)
    cdef double poly = hypot(p.x1 - p.x0, p.y1 - p.y0) + hypot(p.x2 - p.x1, p.y2 - p.y1) + hypot(p.x3 - p.x2, p.y3 - p.y2)
    cdef double ax, ay, bx, by, cx, cy, dx, dy, ex, ey, mx, my
    cdef Bez left, right
    if poly - chord <= tol or depth >= 18:
        counter[0] += 1
        return (chord + poly) / 2
    ax = (p.x0 + p.x1) / 2
    ay = (p.y0 + p.y1) / 2
    bx = (p.x1 + p.x2) / 2
    by = (p.y1 + p.y2) / 2
    cx = (p.x2 + p.x3) / 2
    cy = (p.y2 + p.y3) / 2
    dx = (ax + bx) / 2
    dy = (ay + by) / 2
    ex = (bx + cx) / 2
    ey = (by + cy) / 2
    mx = (dx + ex) / 2
    my = (dy + ey) / 2
    left = Bez(p.x0, p.y0, ax, ay, dx, dy, mx, my)
    right = Bez(mx, my, ex, ey, cx, cy, p.x3, p.y3)
    return seg_length(left, tol, depth + 1, counter) + seg_length(right, tol, depth + 1, counter)


@cython_benchmark(args=(180, 1e-6, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def bezier_arc_length_flatten(int curves, double tol, long long seed):
    """Sum the arc lengths of `curves` seeded cubic Beziers."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef double total = 0.0, first = 0.0, length
    cdef double v[8]
    cdef long counter = 0
    cdef int c, k
    cdef Bez p
    for c in range(curves):
        for k in range(8):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            v[k] = (state % 20000) / 100.0
        p = Bez(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7])
        length = seg_length(p, tol, 0, &counter)
        total += length
        if c == 0:
            first = length
    return (total, counter, first)
