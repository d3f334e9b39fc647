# cython: language_level=3
"""Closest pair of seeded points by divide and conquer.

The recursion is a cdef function over a struct array; the best pair travels as a small
Best struct updated through a pointer (&best), the strip is gathered into a scratch
buffer and ordered with qsort on (y, x), and the comparison counter is a C integer.

Keywords: geometry, closest pair, divide and conquer, recursion, strip, distance
"""

import cython
from libc.stdlib cimport malloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark


cdef struct P2:
    long long x
    long long y

cdef struct Best:
    long long d
    P2 a
    P2 b


cdef int cmp_x(const void* p, const void* q) noexcept nogil:
    cdef const P2* a = <const P2*>p
    cdef const P2* b = <const P2*>q
    if a.x != b.x:
        return -1 if a.x < b.x else 1
    if a.y != b.y:
        return -1 if a.y < b.y else 1
    return 0


cdef int cmp_y(const void* p, const void* q) noexcept nogil:
    cdef const P2* a = <const P2*>p
    cdef const P2* b = <const P2*>q
    if a.y != b.y:
        return -1 if a.y < b.y else 1
    if a.x != b.x:
        return -1 if a.x < b.x else 1
    return 0


cdef inline long long d2(P2 a, P2 b) noexcept nogil:
    return (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)


cdef void solve(P2* pts, int lo, int hi, P2* strip, Best* out, long long* comparisons) noexcept nogil:
    cdef int i, j, mid, m = 0
    cdef long long d, midx, dx
    cdef Best left, right
    if hi - lo <= 3:
        out.d = 1LL << 62
        out.a = pts[lo]
        out.b = pts[lo]
        for i in range(lo, hi):
            for j in range(i + 1, hi):
                d = d2(pts[i], pts[j])
                if d < out.d:
                    out.d = d
                    out.a = pts[i]
                    out.b = pts[j]
        return
    mid = (lo + hi) // 2
    midx = pts[mid].x
    solve(pts, lo, mid, strip, &left, comparisons)
    solve(pts, mid, hi, strip, &right, comparisons)
    out[0] = left if left.d <= right.d else right
    for i in range(lo, hi):
        dx = pts[i].x - midx
        if dx * dx < out.d:
            strip[m] = pts[i]
            m += 1
    qsort(strip, m, sizeof(P2), cmp_y)
    for i in range(m):
        for j in range(i + 1, m):
            if (strip[j].y - strip[i].y) * (strip[j].y - strip[i].y) >= out.d:
                break
            comparisons[0] += 1
            d = d2(strip[i], strip[j])
            if d < out.d:
                out.d = d
                out.a = strip[i]
                out.b = strip[j]


@cython_benchmark(args=(30000, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
def closest_pair_divide_conquer(int n, long long seed):
    """Find the closest pair among n seeded integer points (n >= 2)."""
    cdef long long state = seed & 0x7FFFFFFF, comparisons = 0
    cdef P2* pts = <P2*>malloc(n * sizeof(P2))
    cdef P2* strip = <P2*>malloc(n * sizeof(P2))
    cdef Best best
    cdef int i
    if pts == NULL or strip == NULL:
        free(pts); free(strip)
        raise MemoryError()
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            pts[i].x = state % 1000003
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            pts[i].y = state % 1000003
        qsort(pts, n, sizeof(P2), cmp_x)
        solve(pts, 0, n, strip, &best, &comparisons)
        a = (best.a.x, best.a.y)
        b = (best.b.x, best.b.y)
        return (best.d, (min(a, b), max(a, b)), comparisons)
    finally:
        free(pts); free(strip)
