# cython: language_level=3
"""Snapping noisy GPS fixes to the nearest road segment with a bucket grid — sorted bucket keys, stamps.

The bucket grid is a single array of (bucket key, segment) pairs packed into
``unsigned long long`` and ordered with libc ``qsort``; the three buckets of one grid
column are adjacent in that order, so each column costs one hand-written lower-bound
search. Segments are structs, the "each segment once" set becomes an ``int`` stamp
array keyed by fix number, and the clamped projection is a ``cdef inline`` function on
C doubles with Python's operation order. Integer ``//`` keeps Python's floor
semantics (no cdivision) because fixes near the map edge go negative.

Keywords: spatial indexing, map matching, nearest segment, bucket grid, point to segment distance, gps
"""

import cython
from libc.stdlib cimport malloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    SHIFT = 1024     # bucket coordinates are offset so that keys stay non-negative


cdef struct Seg:
    int x1
    int y1
    int x2
    int y2
    int road


cdef int cmp_u64(const void* a, const void* b) noexcept nogil:
    cdef unsigned long long u = (<const unsigned long long*>a)[0], v = (<const unsigned long long*>b)[0]
    return (u > v) - (u < v)


cdef inline unsigned long long bucket_key(int bx, int by) noexcept nogil:
    return ((<unsigned long long>(bx + SHIFT)) << 16) | <unsigned long long>(by + SHIFT)


cdef inline double offset2(const Seg* s, int px, int py) noexcept nogil:
    cdef long long dx = s.x2 - s.x1, dy = s.y2 - s.y1
    cdef long long length2 = dx * dx + dy * dy
    cdef double t, ex, ey
    if length2 == 0:
        t = 0.0
    else:
        t = <double>((px - s.x1) * dx + (py - s.y1) * dy) / <double>length2
    if t < 0.0:
        t = 0.0
    if t > 1.0:
        t = 1.0
    ex = px - (s.x1 + t * dx)
    ey = py - (s.y1 + t * dy)
    return ex * ex + ey * ey


cdef inline int draw(unsigned int* state, unsigned int k) noexcept nogil:
    state[0] = (state[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
    return <int>((state[0] >> 10) % k)


@cython_benchmark(args=(150, 40, 10000, 60, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
def road_segment_snapping(int roads, int length, int fixes, int radius, long long seed):
    """Return (matched, segment checksum, summed offset^2, evaluations, per-road counts, first 5 (segment, offset^2))."""
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef int n_seg = roads * length if roads > 0 and length > 0 else 0
    cdef int road, j, x, y, nx, ny, s, bx, by, cell = radius if radius > 100 else 100, f, t, px, py
    cdef int lo, hi, mid, best_s, n_keys = 0, cap = 0
    cdef unsigned long long key, row_end
    cdef double d, best_d, limit = <double>radius * radius, total = 0.0
    cdef long long matched = 0, checksum = 0, evaluations = 0
    cdef Seg* segs = <Seg*>malloc((n_seg + 1) * sizeof(Seg))
    cdef int* stamp = <int*>malloc((n_seg + 1) * sizeof(int))
    cdef long long* per_road = <long long*>malloc((roads + 1) * sizeof(long long))
    cdef unsigned long long* keys = NULL
    cdef Seg* sg
    first = []
    try:
        if not (segs and stamp and per_road):
            raise MemoryError()
        s = 0
        for road in range(roads):
            per_road[road] = 0
            x = draw(&state, 10000)
            y = draw(&state, 10000)
            for j in range(length):
                nx = min(9999, max(0, x + draw(&state, 401) - 200))
                ny = min(9999, max(0, y + draw(&state, 401) - 200))
                segs[s].x1 = x; segs[s].y1 = y; segs[s].x2 = nx; segs[s].y2 = ny; segs[s].road = road
                stamp[s] = -1
                s += 1
                x = nx
                y = ny
        for s in range(n_seg):
            sg = &segs[s]
            cap += (max(sg.x1, sg.x2) // cell - min(sg.x1, sg.x2) // cell + 1) * (max(sg.y1, sg.y2) // cell - min(sg.y1, sg.y2) // cell + 1)
        keys = <unsigned long long*>malloc((cap + 1) * sizeof(unsigned long long))
        if keys == NULL:
            raise MemoryError()
        for s in range(n_seg):
            sg = &segs[s]
            for bx in range(min(sg.x1, sg.x2) // cell, max(sg.x1, sg.x2) // cell + 1):
                for by in range(min(sg.y1, sg.y2) // cell, max(sg.y1, sg.y2) // cell + 1):
                    keys[n_keys] = (bucket_key(bx, by) << 32) | <unsigned long long>s
                    n_keys += 1
        qsort(keys, n_keys, sizeof(unsigned long long), cmp_u64)
        for f in range(fixes):
            if n_seg > 0:
                sg = &segs[draw(&state, n_seg)]
                t = draw(&state, 101)
                px = sg.x1 + (sg.x2 - sg.x1) * t // 100 + draw(&state, 2 * radius + 1) - radius
                py = sg.y1 + (sg.y2 - sg.y1) * t // 100 + draw(&state, 2 * radius + 1) - radius
            else:
                px = draw(&state, 10000)
                py = draw(&state, 10000)
            best_d = limit
            best_s = -1
            by = py // cell
            for bx in range(px // cell - 1, px // cell + 2):
                # the three buckets (bx, by - 1 .. by + 1) are adjacent in key order: one search
                key = bucket_key(bx, by - 1) << 32
                row_end = bucket_key(bx, by + 1)
                lo = 0
                hi = n_keys
                while lo < hi:
                    mid = (lo + hi) >> 1
                    if keys[mid] < key:
                        lo = mid + 1
                    else:
                        hi = mid
                while lo < n_keys and (keys[lo] >> 32) <= row_end:
                    s = <int>(keys[lo] & 0xFFFFFFFFu)
                    lo += 1
                    if stamp[s] == f:
                        continue
                    stamp[s] = f
                    evaluations += 1
                    d = offset2(&segs[s], px, py)
                    if d <= limit and (best_s < 0 or d < best_d or (d == best_d and s < best_s)):
                        best_d = d
                        best_s = s
            if best_s >= 0:
                matched += 1
                total += best_d
                per_road[segs[best_s].road] += 1
                checksum = (checksum * 1000003 + best_s + 1) % 1000000007
            if f < 5:
                first.append((best_s, best_d if best_s >= 0 else -1.0))
        return (matched, checksum, total, evaluations, [per_road[j] for j in range(min(8, roads))], first)
    finally:
        free(segs); free(stamp); free(per_road); free(keys)
