# cython: language_level=3
"""All-pairs intersection test of seeded line segments.

Segments are C structs of four ints in a malloc'd array; orientation and on-segment
predicates are inline nogil cdef functions returning C ints and bints, so the O(n^2)
pair loop runs entirely in C with no tuple unpacking.

Keywords: geometry, segment intersection, orientation test, cross product, brute force
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Seg:
    int ax
    int ay
    int bx
    int by


cdef inline int orient(int ax, int ay, int bx, int by, int cx, int cy) noexcept nogil:
    cdef long v = <long>(bx - ax) * (cy - ay) - <long>(by - ay) * (cx - ax)
    return (v > 0) - (v < 0)


cdef inline bint on_seg(int ax, int ay, int bx, int by, int px, int py) noexcept nogil:
    return (min(ax, bx) <= px <= max(ax, bx)) and (min(ay, by) <= py <= max(ay, by))


@cython_benchmark(args=(520, 13))
@cython.boundscheck(False)
@cython.wraparound(False)
def segment_intersection_count(int n, long long seed):
    """Count intersecting pairs among n seeded segments."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef Seg* segs = <Seg*>malloc((n + 1) * sizeof(Seg))
    cdef int i, j, k, o1, o2, o3, o4
    cdef int c[4]
    cdef long hits = 0, proper = 0
    cdef bint hit
    cdef Seg s, t
    first = []
    if segs == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            for k in range(4):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                c[k] = <int>(state % 200)
            segs[i].ax = c[0]
            segs[i].ay = c[1]
            segs[i].bx = c[2]
            segs[i].by = c[3]
        for i in range(n):
            s = segs[i]
            for j in range(i + 1, n):
                t = segs[j]
                o1 = orient(s.ax, s.ay, s.bx, s.by, t.ax, t.ay)
                o2 = orient(s.ax, s.ay, s.bx, s.by, t.bx, t.by)
                o3 = orient(t.ax, t.ay, t.bx, t.by, s.ax, s.ay)
                o4 = orient(t.ax, t.ay, t.bx, t.by, s.bx, s.by)
                if o1 * o2 < 0 and o3 * o4 < 0:
                    hit = True
                    proper += 1
                else:
                    hit = ((o1 == 0 and on_seg(s.ax, s.ay, s.bx, s.by, t.ax, t.ay))
                           or (o2 == 0 and on_seg(s.ax, s.ay, s.bx, s.by, t.bx, t.by))
                           or (o3 == 0 and on_seg(t.ax, t.ay, t.bx, t.by, s.ax, s.ay))
                           or (o4 == 0 and on_seg(t.ax, t.ay, t.bx, t.by, s.bx, s.by)))
                if hit:
                    hits += 1
                    if hits <= 8:
                        first.append((i, j))
        return (hits, proper, first)
    finally:
        free(segs)
