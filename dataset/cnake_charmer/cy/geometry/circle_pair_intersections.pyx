# cython: language_level=3
"""Intersection points of every pair of seeded circles.

Circles are a C struct array, the pair loop is nogil with a cheap conservative
squared-distance rejection before the exact hypot test, and each intersection point is
folded into a running Extent struct through an inline helper taking its address, so
no per-point Python tuple or list is created. Arithmetic order follows the Python code.

Keywords: geometry, circle intersection, radical line, pairwise, analytic geometry
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport hypot, sqrt, fabs, INFINITY

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Circ:
    double x
    double y
    double r

cdef struct Extent:
    double min_x
    double min_y
    double max_x
    double max_y
    double sum_x
    long points


cdef inline void add_point(Extent* e, double px, double py) noexcept nogil:
    e.points += 1
    e.sum_x += px
    if px < e.min_x:
        e.min_x = px
    if px > e.max_x:
        e.max_x = px
    if py < e.min_y:
        e.min_y = py
    if py > e.max_y:
        e.max_y = py


@cython_benchmark(args=(900, 10))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def circle_pair_intersections(int n, long long seed):
    """Intersect all pairs among n seeded circles."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef Circ* cs = <Circ*>malloc((n + 1) * sizeof(Circ))
    cdef double v[3]
    cdef int i, j, k
    cdef long pairs = 0
    cdef double dx, dy, d, a, h2, h, mx, my, rs
    cdef Extent e = Extent(INFINITY, INFINITY, -INFINITY, -INFINITY, 0.0, 0)
    if cs == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            for k in range(3):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                v[k] = (state % 100000) / 1000.0
            cs[i] = Circ(v[0], v[1], 1.0 + v[2] / 10.0)
        with nogil:
            for i in range(n):
                for j in range(i + 1, n):
                    dx = cs[j].x - cs[i].x
                    dy = cs[j].y - cs[i].y
                    rs = cs[i].r + cs[j].r
                    if dx * dx + dy * dy > rs * rs * 1.0001 + 1e-9:
                        continue
                    d = hypot(dx, dy)
                    if d == 0.0 or d > cs[i].r + cs[j].r or d < fabs(cs[i].r - cs[j].r):
                        continue
                    a = (cs[i].r * cs[i].r - cs[j].r * cs[j].r + d * d) / (2 * d)
                    h2 = cs[i].r * cs[i].r - a * a
                    h = sqrt(h2) if h2 > 0 else 0.0
                    mx = cs[i].x + a * dx / d
                    my = cs[i].y + a * dy / d
                    pairs += 1
                    add_point(&e, mx + h * dy / d, my - h * dx / d)
                    if h > 0:
                        add_point(&e, mx - h * dy / d, my + h * dx / d)
        if e.points == 0:
            return (0, 0, (0.0, 0.0, 0.0, 0.0), 0.0)
        return (pairs, e.points, (e.min_x, e.min_y, e.max_x, e.max_y), e.sum_x / e.points)
    finally:
        free(cs)
