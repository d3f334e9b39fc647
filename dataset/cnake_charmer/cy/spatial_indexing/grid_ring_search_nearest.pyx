# cython: language_level=3
"""Nearest neighbour by expanding square rings of grid cells — counting-sorted cell buckets.

Points are bucketed with a counting sort by cell id: one pass counts, a prefix sum
gives each cell its start, a second pass scatters ``Pt`` structs (coordinates and
original index) so each cell's points are contiguous in memory. The ring walk is a
pair of plain C loops over the ring's four sides calling a ``cdef inline`` cell scan
that updates the best (distance^2, index) pair through pointers, all without the GIL.

Keywords: spatial indexing, uniform grid, ring search, nearest neighbour, bucketing, chebyshev rings
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    SIDE = 1 << 16


cdef struct Pt:
    long long x
    long long y
    int idx


cdef struct Search:
    const Pt* sorted_pts
    const int* start
    int span
    long long qx
    long long qy
    long long best_d
    int best_i
    long long probed


cdef inline void scan_cell(Search* s, int gx, int gy) noexcept nogil:
    cdef int c, k
    cdef long long d, dx, dy
    cdef const Pt* p
    if gx < 0 or gy < 0 or gx > s.span or gy > s.span:
        return
    s.probed += 1
    c = gx * (s.span + 1) + gy
    for k in range(s.start[c], s.start[c + 1]):
        p = &s.sorted_pts[k]
        dx = p.x - s.qx
        dy = p.y - s.qy
        d = dx * dx + dy * dy
        if s.best_i < 0 or d < s.best_d or (d == s.best_d and p.idx < s.best_i):
            s.best_d = d
            s.best_i = p.idx


cdef inline int draw(unsigned int* state, unsigned int k) noexcept nogil:
    state[0] = (state[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
    return <int>((state[0] >> 8) % k)


@cython_benchmark(args=(30000, 3000, 1024, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def grid_ring_search_nearest(int n, int queries, int cell, long long seed):
    """Return (index checksum, summed distance^2, cells probed, rings walked, first 6 (index, distance^2))."""
    if cell < 64:
        raise ValueError("cell must be at least 64 (at most 1024 x 1024 cells)")
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef int span = (SIDE - 1) // cell, n_cells, i, h, q, cx, cy, r, d, c, x, y
    cdef int hubs[6][2]
    cdef long long checksum = 0, total = 0, rings = 0, reach
    cdef Search s
    cdef Pt* raw = <Pt*>malloc((n + 1) * sizeof(Pt))
    cdef Pt* sorted_pts = <Pt*>malloc((n + 1) * sizeof(Pt))
    n_cells = (span + 1) * (span + 1)
    cdef int* start = <int*>calloc(n_cells + 1, sizeof(int))
    cdef int* cursor = <int*>malloc((n_cells + 1) * sizeof(int))
    first = []
    try:
        if not (raw and sorted_pts and start and cursor):
            raise MemoryError()
        for h in range(6):
            hubs[h][0] = draw(&state, SIDE)
            hubs[h][1] = draw(&state, SIDE)
        for i in range(n):
            if i % 5 == 0:
                x = draw(&state, SIDE)
                y = draw(&state, SIDE)
            else:
                h = draw(&state, 6)
                x = hubs[h][0] + draw(&state, 4001) - 2000
                y = hubs[h][1] + draw(&state, 4001) - 2000
                x = 0 if x < 0 else (SIDE - 1 if x > SIDE - 1 else x)
                y = 0 if y < 0 else (SIDE - 1 if y > SIDE - 1 else y)
            raw[i].x = x
            raw[i].y = y
            raw[i].idx = i
        with nogil:
            for i in range(n):
                start[(raw[i].x // cell) * (span + 1) + raw[i].y // cell + 1] += 1
            for c in range(n_cells):
                start[c + 1] += start[c]
                cursor[c] = start[c]
            for i in range(n):
                c = <int>((raw[i].x // cell) * (span + 1) + raw[i].y // cell)
                sorted_pts[cursor[c]] = raw[i]
                cursor[c] += 1
        s.sorted_pts = sorted_pts
        s.start = start
        s.span = span
        s.probed = 0
        for q in range(queries):
            s.qx = draw(&state, SIDE)
            s.qy = draw(&state, SIDE)
            s.best_d = -1
            s.best_i = -1
            with nogil:
                cx = <int>(s.qx // cell)
                cy = <int>(s.qy // cell)
                r = 0
                while n > 0:
                    if r == 0:
                        scan_cell(&s, cx, cy)
                    else:
                        for d in range(-r, r + 1):
                            scan_cell(&s, cx + d, cy - r)
                            scan_cell(&s, cx + d, cy + r)
                        for d in range(-r + 1, r):
                            scan_cell(&s, cx - r, cy + d)
                            scan_cell(&s, cx + r, cy + d)
                    rings += 1
                    reach = <long long>r * cell
                    if s.best_i >= 0 and reach * reach > s.best_d:
                        break
                    r += 1
            checksum = (checksum * 1000003 + s.best_i + 1) % 1000000007
            if s.best_i >= 0:
                total += s.best_d
            if q < 6:
                first.append((s.best_i, s.best_d))
        return (checksum, total, s.probed, rings, first)
    finally:
        free(raw); free(sorted_pts); free(start); free(cursor)
