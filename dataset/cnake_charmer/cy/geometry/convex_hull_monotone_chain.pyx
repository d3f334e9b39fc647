# cython: language_level=3
"""Convex hull of seeded integer points with Andrew's monotone chain.

Points are C structs in a malloc'd array sorted with libc qsort through a C comparison
function pointer; duplicates are squeezed out in place and both chains are built in one
struct array used as a stack, with an inline cross product on 64-bit integers.

Keywords: geometry, convex hull, monotone chain, cross product, sorting, polygon area
"""

import cython
from libc.stdlib cimport malloc, free, qsort
from libc.math cimport hypot

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Pt:
    long long x
    long long y


cdef int cmp_pt(const void* a, const void* b) noexcept nogil:
    cdef const Pt* p = <const Pt*>a
    cdef const Pt* q = <const Pt*>b
    if p.x != q.x:
        return -1 if p.x < q.x else 1
    if p.y != q.y:
        return -1 if p.y < q.y else 1
    return 0


cdef inline long long cross(Pt o, Pt a, Pt b) noexcept nogil:
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)


@cython_benchmark(args=(60000, 42))
@cython.boundscheck(False)
@cython.wraparound(False)
def convex_hull_monotone_chain(int n, long long seed):
    """Build the convex hull of n seeded points."""
    cdef long long state = seed & 0x7FFFFFFF, x, y, area2 = 0
    cdef Pt* pts = <Pt*>malloc((n + 1) * sizeof(Pt))
    cdef Pt* hull = <Pt*>malloc((2 * n + 2) * sizeof(Pt))
    cdef int m = 0, i, k = 0, t, u, h
    cdef double perim = 0.0
    if pts == NULL or hull == NULL:
        free(pts); free(hull)
        raise MemoryError()
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            x = state % 20001 - 10000
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            y = state % 20001 - 10000
            if x * x + y * y <= 100000000:
                pts[m].x = x
                pts[m].y = y
                m += 1
        qsort(pts, m, sizeof(Pt), cmp_pt)
        if m > 1:
            u = 1
            for i in range(1, m):
                if pts[i].x != pts[u - 1].x or pts[i].y != pts[u - 1].y:
                    pts[u] = pts[i]
                    u += 1
            m = u
        if m < 3:
            return (m, 0, 0.0, [(pts[i].x, pts[i].y) for i in range(m)])
        for i in range(m):
            while k >= 2 and cross(hull[k - 2], hull[k - 1], pts[i]) <= 0:
                k -= 1
            hull[k] = pts[i]
            k += 1
        t = k + 1
        for i in range(m - 2, -1, -1):
            while k >= t and cross(hull[k - 2], hull[k - 1], pts[i]) <= 0:
                k -= 1
            hull[k] = pts[i]
            k += 1
        h = k - 1
        for i in range(h):
            u = (i + 1) % h
            area2 += hull[i].x * hull[u].y - hull[u].x * hull[i].y
            perim += hypot(<double>(hull[u].x - hull[i].x), <double>(hull[u].y - hull[i].y))
        return (h, area2, perim, [(hull[i].x, hull[i].y) for i in range(h if h < 6 else 6)])
    finally:
        free(pts); free(hull)
