# cython: language_level=3
"""Rendering a 2-D signed distance field of blended circles, boxes and capsules — tagged unions in C.

Each primitive is a ``Shape`` struct holding an ``enum`` tag and a C ``union`` of the
per-kind parameters (circle radius, box half-extents, capsule axis and radius), so the
distance dispatch is a switch on an int instead of string comparisons. Rows are
shaded by a nogil cdef function into C coverage and distance buffers, and the counts,
checksum and deepest point are gathered in one pass afterwards.

Keywords: graphics, signed distance field, sdf, smooth minimum, antialiasing, implicit shapes
"""

import cython
from libc.math cimport sqrt, fabs, INFINITY
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef enum Kind:
    CIRCLE
    BOX
    CAPSULE


cdef struct CircleP:
    double r


cdef struct BoxP:
    double hx
    double hy


cdef struct CapsuleP:
    double ax
    double ay
    double r


cdef union Params:
    CircleP circle
    BoxP box
    CapsuleP capsule


cdef struct Shape:
    Kind kind
    double cx
    double cy
    Params p


cdef inline double length(double x, double y) noexcept nogil:
    return sqrt(x * x + y * y)


cdef inline double pmax(double a, double b) noexcept nogil:
    return b if b > a else a


cdef inline double pmin(double a, double b) noexcept nogil:
    return b if b < a else a


cdef inline double distance(const Shape *s, double px, double py) noexcept nogil:
    cdef double x = px - s.cx, y = py - s.cy, qx, qy, h
    if s.kind == CIRCLE:
        return length(x, y) - s.p.circle.r
    if s.kind == BOX:
        qx = fabs(x) - s.p.box.hx
        qy = fabs(y) - s.p.box.hy
        return length(pmax(qx, 0.0), pmax(qy, 0.0)) + pmin(pmax(qx, qy), 0.0)
    h = (x * s.p.capsule.ax + y * s.p.capsule.ay) / (s.p.capsule.ax * s.p.capsule.ax + s.p.capsule.ay * s.p.capsule.ay)
    h = pmin(1.0, pmax(0.0, h))
    return length(x - s.p.capsule.ax * h, y - s.p.capsule.ay * h) - s.p.capsule.r


cdef inline double smooth_min(double d1, double d2, double k) noexcept nogil:
    cdef double h = pmax(k - fabs(d1 - d2), 0.0) / k
    return pmin(d1, d2) - h * h * k * 0.25


cdef void shade_row(const Shape *scene, int n, double blend, int y, int width, double *dist, int *grey) noexcept nogil:
    cdef int x, i
    cdef double d, sd
    for x in range(width):
        d = INFINITY
        for i in range(n):
            sd = distance(&scene[i], x + 0.5, y + 0.5)
            d = sd if d == INFINITY else smooth_min(d, sd, blend)
        dist[x] = d
        grey[x] = <int>(pmin(1.0, pmax(0.0, 0.5 - d)) * 255.0)


@cython_benchmark(args=(160, 120, 12, 6.0, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def sdf_smooth_union_render(int width, int height, int shapes, double blend, long long seed):
    """Render `shapes` seeded primitives blended with smoothness `blend` (in pixels)."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef double extent = min(width, height)
    cdef Py_ssize_t n = <Py_ssize_t>width * height, q
    cdef Shape *scene = <Shape *>malloc((shapes + 1) * sizeof(Shape))
    cdef double *dist = <double *>malloc((n + 1) * sizeof(double))
    cdef int *grey = <int *>malloc((n + 1) * sizeof(int))
    cdef double u[5]
    cdef int i, k, y
    cdef long long inside = 0, outline = 0, checksum = 0
    cdef double deepest = INFINITY, d
    cdef Py_ssize_t deepest_q = -1
    if scene == NULL or dist == NULL or grey == NULL:
        free(scene); free(dist); free(grey)
        raise MemoryError()
    try:
        for i in range(shapes):
            scene[i].kind = <Kind>(i % 3)
            k = 4 if i % 3 == 0 else (5 if i % 3 == 1 else 6)
            for q in range(k - 1):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                u[q] = (state >> 9) / 4194304.0
            scene[i].cx = u[0] * width
            scene[i].cy = u[1] * height
            if scene[i].kind == CIRCLE:
                scene[i].p.circle.r = 2.0 + u[2] * (extent / 5.0)
            elif scene[i].kind == BOX:
                scene[i].p.box.hx = 1.0 + u[2] * (extent / 6.0)
                scene[i].p.box.hy = 1.0 + u[3] * (extent / 6.0)
            else:
                scene[i].p.capsule.ax = u[2] * (extent / 2.0) - extent / 4.0
                scene[i].p.capsule.ay = u[3] * (extent / 2.0) - extent / 4.0 + 0.5
                scene[i].p.capsule.r = 1.0 + u[4] * (extent / 12.0)
        with nogil:
            for y in range(height):
                shade_row(scene, shapes, blend, y, width, dist + <Py_ssize_t>y * width, grey + <Py_ssize_t>y * width)
        for q in range(n):
            d = dist[q]
            if d < 0.0:
                inside += 1
            if fabs(d) < 1.5:
                outline += 1
            if d < deepest:
                deepest = d
                deepest_q = q
            checksum = (checksum * 131 + grey[q]) % 998244353
        at = (-1, -1)
        if deepest_q >= 0:
            at = (deepest_q % width, deepest_q // width)
        step = max(1, n // 10)
        samples = [grey[q] for q in range(0, n, step)][:10]
        return (inside, outline, checksum, deepest if shapes and n else 0.0, at, samples)
    finally:
        free(scene); free(dist); free(grey)
