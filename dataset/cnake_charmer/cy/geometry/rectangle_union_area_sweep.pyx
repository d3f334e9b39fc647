# cython: language_level=3
"""Area of the union of axis-aligned rectangles by a sweep over compressed x.

Rectangles are pre-sorted by their lower y once (qsort over a struct array), so every
slab only filters the active ones in y order and merges on the fly - no per-slab sort
or Python tuple list. The x coordinates are sorted and de-duplicated in a C array.

Keywords: geometry, rectangle union, sweep line, coordinate compression, interval merge
"""

import cython
from libc.stdlib cimport malloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Rect:
    long long x1
    long long y1
    long long x2
    long long y2


cdef int cmp_ll(const void* a, const void* b) noexcept nogil:
    cdef long long u = (<const long long*>a)[0], v = (<const long long*>b)[0]
    return (u > v) - (u < v)


cdef int cmp_rect_y(const void* a, const void* b) noexcept nogil:
    cdef const Rect* p = <const Rect*>a
    cdef const Rect* q = <const Rect*>b
    if p.y1 != q.y1:
        return (p.y1 > q.y1) - (p.y1 < q.y1)
    return (p.y2 > q.y2) - (p.y2 < q.y2)


@cython_benchmark(args=(700, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
def rectangle_union_area_sweep(int n, long long seed):
    """Compute the union area of n seeded rectangles."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef Rect* rects = <Rect*>malloc((n + 1) * sizeof(Rect))
    cdef long long* xs = <long long*>malloc((2 * n + 1) * sizeof(long long))
    cdef long long v[4]
    cdef long long t, a, b, covered, cur_lo, cur_hi, area = 0, best = 0, raw = 0
    cdef int i, k, m = 0
    cdef bint open_iv
    if rects == NULL or xs == NULL:
        free(rects); free(xs)
        raise MemoryError()
    try:
        for i in range(n):
            for k in range(4):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                v[k] = state % 10000
            if v[0] > v[1]:
                t = v[0]; v[0] = v[1]; v[1] = t
            if v[2] > v[3]:
                t = v[2]; v[2] = v[3]; v[3] = t
            rects[i].x1 = v[0]
            rects[i].x2 = v[1] + 1
            rects[i].y1 = v[2]
            rects[i].y2 = v[3] + 1
            raw += (rects[i].x2 - rects[i].x1) * (rects[i].y2 - rects[i].y1)
            xs[2 * i] = rects[i].x1
            xs[2 * i + 1] = rects[i].x2
        qsort(xs, 2 * n, sizeof(long long), cmp_ll)
        for i in range(2 * n):
            if m == 0 or xs[i] != xs[m - 1]:
                xs[m] = xs[i]
                m += 1
        qsort(rects, n, sizeof(Rect), cmp_rect_y)
        for k in range(m - 1):
            a = xs[k]
            b = xs[k + 1]
            covered = 0
            open_iv = False
            cur_lo = 0
            cur_hi = 0
            for i in range(n):
                if rects[i].x1 <= a and rects[i].x2 >= b:
                    if not open_iv or rects[i].y1 > cur_hi:
                        if open_iv:
                            covered += cur_hi - cur_lo
                        cur_lo = rects[i].y1
                        cur_hi = rects[i].y2
                        open_iv = True
                    elif rects[i].y2 > cur_hi:
                        cur_hi = rects[i].y2
            if open_iv:
                covered += cur_hi - cur_lo
            if covered > best:
                best = covered
            area += covered * (b - a)
        return (area, m - 1 if m > 1 else 0, best, raw)
    finally:
        free(rects); free(xs)
