# cython: language_level=3
"""Smallest enclosing circle of seeded points (randomised incremental Welzl).

Points and the current circle are C structs; the two- and three-point constructions
are inline cdef functions returning a Circle struct by value, and the incremental
triple loop tests containment with plain C doubles (same formulas, same order).

Keywords: geometry, minimum enclosing circle, welzl, circumcircle, randomised incremental
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport sqrt

from cnake_charmer.benchmarks import cython_benchmark


ctypedef struct Vec2:
    double x
    double y

ctypedef struct Circle:
    double x
    double y
    double r2


cdef inline Circle circle2(Vec2 a, Vec2 b) noexcept nogil:
    cdef Circle c
    c.x = (a.x + b.x) / 2
    c.y = (a.y + b.y) / 2
    c.r2 = (a.x - c.x) * (a.x - c.x) + (a.y - c.y) * (a.y - c.y)
    return c


cdef inline Circle circle3(Vec2 a, Vec2 b, Vec2 p) noexcept nogil:
    cdef double d = 2 * (a.x * (b.y - p.y) + b.x * (p.y - a.y) + p.x * (a.y - b.y))
    cdef Vec2 lo, hi
    cdef Circle c
    cdef double a2, b2, c2
    if d == 0.0:
        lo.x = min(a.x, b.x, p.x)
        lo.y = min(a.y, b.y, p.y)
        hi.x = max(a.x, b.x, p.x)
        hi.y = max(a.y, b.y, p.y)
        return circle2(lo, hi)
    a2 = a.x * a.x + a.y * a.y
    b2 = b.x * b.x + b.y * b.y
    c2 = p.x * p.x + p.y * p.y
    c.x = (a2 * (b.y - p.y) + b2 * (p.y - a.y) + c2 * (a.y - b.y)) / d
    c.y = (a2 * (p.x - b.x) + b2 * (a.x - p.x) + c2 * (b.x - a.x)) / d
    c.r2 = (a.x - c.x) * (a.x - c.x) + (a.y - c.y) * (a.y - c.y)
    return c


cdef inline bint outside(Circle c, Vec2 p) noexcept nogil:
    return (p.x - c.x) * (p.x - c.x) + (p.y - c.y) * (p.y - c.y) > c.r2 * (1 + 1e-12) + 1e-12


@cython_benchmark(args=(60000, 21))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def min_enclosing_circle_welzl(int n, long long seed):
    """Return (cx, cy, radius, rebuilds) of the smallest circle around n seeded points."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef Vec2* pts = <Vec2*>malloc((n + 1) * sizeof(Vec2))
    cdef Vec2 tmp
    cdef Circle c
    cdef double u, v
    cdef int i, j, k
    cdef long rebuilds = 0
    if pts == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            u = state / 2147483648.0
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            v = state / 2147483648.0
            pts[i].x = 3.0 * u + v * v
            pts[i].y = 2.0 * v - u * u
        for i in range(n - 1, 0, -1):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            j = <int>(state % (i + 1))
            tmp = pts[i]
            pts[i] = pts[j]
            pts[j] = tmp
        if n == 0:
            return (0.0, 0.0, 0.0, 0)
        c.x = pts[0].x
        c.y = pts[0].y
        c.r2 = 0.0
        for i in range(1, n):
            if outside(c, pts[i]):
                rebuilds += 1
                c.x = pts[i].x
                c.y = pts[i].y
                c.r2 = 0.0
                for j in range(i):
                    if outside(c, pts[j]):
                        c = circle2(pts[i], pts[j])
                        for k in range(j):
                            if outside(c, pts[k]):
                                c = circle3(pts[i], pts[j], pts[k])
        return (c.x, c.y, sqrt(c.r2), rebuilds)
    finally:
        free(pts)
