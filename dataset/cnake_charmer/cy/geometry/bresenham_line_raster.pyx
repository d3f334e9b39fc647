# cython: language_level=3
"""Rasterising seeded line segments with Bresenham's algorithm.

The hit grid is a calloc'd buffer of a ctypedef'd counter type and each segment is drawn by a nogil cdef
function that writes straight into it, so the per-pixel step is a few integer
additions and comparisons with no Python list indexing.

Keywords: geometry, bresenham, line rasterisation, integer arithmetic, pixels
"""

import cython
from libc.stdlib cimport calloc, free, abs as iabs

from cnake_charmer.benchmarks import cython_benchmark

ctypedef int hit_t


cdef long draw(hit_t* grid, int size, int x0, int y0, int x1, int y1) noexcept nogil:
    cdef int dx = iabs(x1 - x0), dy = -iabs(y1 - y0)
    cdef int sx = 1 if x0 < x1 else -1
    cdef int sy = 1 if y0 < y1 else -1
    cdef int err = dx + dy, e2
    cdef long steps = 0
    while True:
        grid[y0 * size + x0] += 1
        steps += 1
        if x0 == x1 and y0 == y1:
            break
        e2 = 2 * err
        if e2 >= dy:
            err += dy
            x0 += sx
        if e2 <= dx:
            err += dx
            y0 += sy
    return steps


@cython_benchmark(args=(4000, 256, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def bresenham_line_raster(int lines, int size, long long seed):
    """Draw `lines` seeded segments on a size x size grid."""
    cdef hit_t* grid = <hit_t*>calloc(size * size + 1, sizeof(hit_t))
    cdef long long state = seed & 0x7FFFFFFF
    cdef int c[4]
    cdef int i, k, x, y, hot = 0, hx = 0, hy = 0
    cdef long steps = 0, lit = 0
    if grid == NULL:
        raise MemoryError()
    try:
        for i in range(lines):
            for k in range(4):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                c[k] = <int>(state % size)
            steps += draw(grid, size, c[0], c[1], c[2], c[3])
        for y in range(size):
            for x in range(size):
                k = grid[y * size + x]
                if k:
                    lit += 1
                if k > hot:
                    hot = k
                    hx = x
                    hy = y
        return (lit, hot, (hx, hy), steps)
    finally:
        free(grid)
