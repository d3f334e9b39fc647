# cython: language_level=3
"""Ear-clipping triangulation of a seeded star-shaped polygon.

Coordinates are 64-bit integer C arrays, the live vertex ring is an int array shrunk
with memmove from libc.string, and the convexity and containment predicates are
inline integer cross products, so the O(n^3) worst-case search stays in C.

Keywords: geometry, triangulation, ear clipping, polygon, cross product, point in triangle
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memmove
from libc.math cimport floor, cos, sin, M_PI

from cnake_charmer.benchmarks import cython_benchmark


cdef inline long long cross(long long* xs, long long* ys, int a, int b, int c) noexcept nogil:
    return (xs[b] - xs[a]) * (ys[c] - ys[a]) - (ys[b] - ys[a]) * (xs[c] - xs[a])


cdef bint blocked(long long* xs, long long* ys, int* idx, int m, int a, int b, int c) noexcept nogil:
    cdef int q, p
    for q in range(m):
        p = idx[q]
        if p == a or p == b or p == c:
            continue
        if cross(xs, ys, a, b, p) >= 0 and cross(xs, ys, b, c, p) >= 0 and cross(xs, ys, c, a, p) >= 0:
            return True
    return False


@cython_benchmark(args=(500, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
def ear_clipping_triangulation(int n, long long seed):
    """Triangulate an n-vertex seeded star polygon by ear clipping."""
    if n < 3:
        return (0, 0, 0, [])
    cdef long long state = seed & 0x7FFFFFFF, r, total = 0, smallest = 0, ar
    cdef long long* xs = <long long*>malloc(n * sizeof(long long))
    cdef long long* ys = <long long*>malloc(n * sizeof(long long))
    cdef int* idx = <int*>malloc(n * sizeof(int))
    cdef int* tri = <int*>malloc(3 * n * sizeof(int))
    cdef int k, m = n, ntri = 0, a, b, c
    cdef double ang
    cdef bint clipped
    if xs == NULL or ys == NULL or idx == NULL or tri == NULL:
        free(xs); free(ys); free(idx); free(tri)
        raise MemoryError()
    try:
        for k in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            r = 500 + state % 500
            ang = 2 * M_PI * k / n
            xs[k] = <long long>floor(r * cos(ang))
            ys[k] = <long long>floor(r * sin(ang))
            idx[k] = k
        while m > 3:
            clipped = False
            for k in range(m):
                a = idx[k - 1 if k > 0 else m - 1]
                b = idx[k]
                c = idx[(k + 1) % m]
                if cross(xs, ys, a, b, c) <= 0:
                    continue
                if blocked(xs, ys, idx, m, a, b, c):
                    continue
                tri[3 * ntri] = a
                tri[3 * ntri + 1] = b
                tri[3 * ntri + 2] = c
                ntri += 1
                memmove(&idx[k], &idx[k + 1], (m - k - 1) * sizeof(int))
                m -= 1
                clipped = True
                break
            if not clipped:
                tri[3 * ntri] = idx[m - 1]
                tri[3 * ntri + 1] = idx[0]
                tri[3 * ntri + 2] = idx[1]
                ntri += 1
                memmove(&idx[0], &idx[1], (m - 1) * sizeof(int))
                m -= 1
        tri[3 * ntri] = idx[0]
        tri[3 * ntri + 1] = idx[1]
        tri[3 * ntri + 2] = idx[2]
        ntri += 1
        for k in range(ntri):
            ar = cross(xs, ys, tri[3 * k], tri[3 * k + 1], tri[3 * k + 2])
            total += ar
            if k == 0 or ar < smallest:
                smallest = ar
        return (ntri, total, smallest, [(tri[3 * k], tri[3 * k + 1], tri[3 * k + 2]) for k in range(ntri if ntri < 5 else 5)])
    finally:
        free(xs); free(ys); free(idx); free(tri)
