# cython: language_level=3
"""Casting hard sun shadows over a fault-line terrain height map — incremental faults and a linear horizon sweep.

Each fault pass walks an ``int32_t`` height map with the side-of-line test stepped
incrementally along the row (it is linear in x). Instead of marching from every
cell, each sun is handled by one sweep against the sun direction that carries the
highest shadow line ``S(c) = max(run*h(c+d), S(c+d)) - rise`` in a ``long long``
buffer, so a cell is shadowed iff ``S(c) > run*h(c)`` — the same integer test the
march performs, in O(1) per cell.

Keywords: graphics, shadows, height map, terrain, fault line, visibility, ray marching
"""

import cython
from libc.stdint cimport int32_t, uint8_t
from libc.limits cimport LLONG_MIN
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef int SUNS[4][4]
SUNS[0][:] = [1, 0, 1, 2]
SUNS[1][:] = [0, 1, 2, 3]
SUNS[2][:] = [-1, -1, 1, 1]
SUNS[3][:] = [1, -1, 3, 4]


cdef long long sweep(const int32_t *height, long long *line, uint8_t *masks, int size,
                     int dx, int dy, long long rise, long long run, int bit) noexcept nogil:
    cdef long long floor_value = LLONG_MIN // 4, s, cand
    cdef long long shadowed = 0
    cdef int i, j, x, y, nx, ny
    for i in range(size):
        y = size - 1 - i if dy > 0 else i
        for j in range(size):
            x = size - 1 - j if dx > 0 else j
            nx = x + dx
            ny = y + dy
            if nx < 0 or nx >= size or ny < 0 or ny >= size:
                s = floor_value
            else:
                s = line[ny * size + nx]
                cand = run * height[ny * size + nx]
                if cand > s:
                    s = cand
                s -= rise
            line[y * size + x] = s
            if s > run * height[y * size + x]:
                masks[y * size + x] |= <uint8_t>(1 << bit)
                shadowed += 1
    return shadowed


@cython_benchmark(args=(128, 24, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def heightmap_sun_shadows(int size, int faults, long long seed):
    """Build a size x size fault-line terrain and shade it for the four fixed suns."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef Py_ssize_t n = <Py_ssize_t>size * size, q
    cdef int32_t *height = <int32_t *>calloc(n + 1, sizeof(int32_t))
    cdef long long *line = <long long *>malloc((n + 1) * sizeof(long long))
    cdef uint8_t *masks = <uint8_t *>calloc(n + 1, sizeof(uint8_t))
    cdef int f, x, y, x0, y0, x1, y1, lift, b
    cdef long long side
    cdef int peak = 0, low = 0
    cdef long long terrain_sum = 0, mask_sum = 0
    if height == NULL or line == NULL or masks == NULL:
        free(height); free(line); free(masks)
        raise MemoryError()
    try:
        for f in range(faults if size else 0):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            x0 = <int>((state >> 16) % size)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            y0 = <int>((state >> 16) % size)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            x1 = <int>((state >> 16) % size)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            y1 = <int>((state >> 16) % size)
            if x0 == x1 and y0 == y1:
                x1 += 1
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            lift = <int>((state >> 16) % 6) + 1
            with nogil:
                for y in range(size):
                    # the side test is linear in x: step it instead of recomputing the products
                    side = (x1 - x0) * (y - y0) - (y1 - y0) * (0 - x0)
                    for x in range(size):
                        if side > 0:
                            height[y * size + x] += lift
                        else:
                            height[y * size + x] -= lift
                        side -= y1 - y0
        if n:
            peak = height[0]
            low = height[0]
        for q in range(n):
            if height[q] > peak:
                peak = height[q]
            if height[q] < low:
                low = height[q]
        counts = []
        for b in range(4):
            with nogil:
                q = sweep(height, line, masks, size, SUNS[b][0], SUNS[b][1], SUNS[b][2], SUNS[b][3], b)
            counts.append(q)
        for q in range(n):
            terrain_sum = (terrain_sum * 1009 + height[q] + 1000) % 1000000007
            mask_sum = (mask_sum * 17 + masks[q]) % 1000000007
        return (counts, low, peak, terrain_sum, mask_sum)
    finally:
        free(height); free(line); free(masks)
