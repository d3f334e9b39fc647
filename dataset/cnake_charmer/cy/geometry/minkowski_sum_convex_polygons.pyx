# cython: language_level=3
"""Minkowski sums of convex lattice polygons built from angle-sorted edge vectors.

Edge vectors are C structs sorted by libc qsort through an exact cross-product
comparator (a C function pointer), and the Minkowski sum is a linear two-pointer merge
of the two already sorted edge lists instead of re-sorting their concatenation; the
shoelace sums run on 64-bit integers.

Keywords: geometry, minkowski sum, convex polygon, polar angle sort, shoelace, mixed area
"""

import cython
from libc.stdlib cimport malloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Edge:
    long long dx
    long long dy


cdef inline int half(const Edge* v) noexcept nogil:
    return 0 if v.dy > 0 or (v.dy == 0 and v.dx > 0) else 1


cdef int by_angle(const void* pa, const void* pb) noexcept nogil:
    cdef const Edge* a = <const Edge*>pa
    cdef const Edge* b = <const Edge*>pb
    cdef int ha = half(a), hb = half(b)
    cdef long long cross
    if ha != hb:
        return ha - hb
    cross = a.dx * b.dy - a.dy * b.dx
    return -1 if cross > 0 else (1 if cross < 0 else 0)


cdef long long area2(Edge* e, int n) noexcept nogil:
    cdef long long x = 0, y = 0, nx, ny, total = 0
    cdef int k
    for k in range(n):
        nx = x + e[k].dx
        ny = y + e[k].dy
        total += x * ny - nx * y
        x = nx
        y = ny
    return total


cdef int polygon(Edge* out, int edges, long long* state) noexcept nogil:
    cdef int k, n = 0
    cdef long long dx, dy, sx = 0, sy = 0
    for k in range(edges):
        state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
        dx = (state[0] >> 16) % 41 - 20
        state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
        dy = (state[0] >> 16) % 41 - 20
        if dx or dy:
            out[n].dx = dx
            out[n].dy = dy
            n += 1
            sx += dx
            sy += dy
    if sx or sy:
        out[n].dx = -sx
        out[n].dy = -sy
        n += 1
    qsort(out, n, sizeof(Edge), by_angle)
    return n


@cython_benchmark(args=(700, 12, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def minkowski_sum_convex_polygons(int pairs, int edges, long long seed):
    """Form `pairs` Minkowski sums of random convex polygons with about `edges` edges."""
    cdef long long state = seed & 0x7FFFFFFF, a_sum, total_sum = 0, total_mixed = 0, largest = 0
    cdef Edge* p = <Edge*>malloc((edges + 2) * sizeof(Edge))
    cdef Edge* q = <Edge*>malloc((edges + 2) * sizeof(Edge))
    cdef Edge* s = <Edge*>malloc((2 * edges + 4) * sizeof(Edge))
    cdef int np, nq, i, j, m, k
    cdef long vertices = 0
    if p == NULL or q == NULL or s == NULL:
        free(p); free(q); free(s)
        raise MemoryError()
    try:
        with nogil:
            for k in range(pairs):
                np = polygon(p, edges, &state)
                nq = polygon(q, edges, &state)
                i = 0
                j = 0
                m = 0
                while i < np or j < nq:
                    if j >= nq or (i < np and by_angle(&p[i], &q[j]) <= 0):
                        s[m] = p[i]
                        i += 1
                    else:
                        s[m] = q[j]
                        j += 1
                    m += 1
                a_sum = area2(s, m)
                total_sum += a_sum
                total_mixed += a_sum - area2(p, np) - area2(q, nq)
                vertices += m
                if a_sum > largest:
                    largest = a_sum
        return (total_sum, total_mixed, vertices, largest)
    finally:
        free(p); free(q); free(s)
