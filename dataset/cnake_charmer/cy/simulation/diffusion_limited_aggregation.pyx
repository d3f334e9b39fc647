# cython: language_level=3
"""Diffusion-limited aggregation (DLA) cluster growth on a lattice.

The lattice is a fixed-size C array of bytes, the walk is a nogil loop with the LCG
in a 64-bit C integer and a C lookup table of moves, and the launch point uses
libc.math; each walker step is a handful of integer operations instead of tuple
unpacking and Python list indexing.

Keywords: simulation, diffusion limited aggregation, dla, fractal growth, random walk
"""

import cython
from libc.math cimport cos, sin, floor, ceil, sqrt, M_PI
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    SIZE = 201


@cython_benchmark(args=(600, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
def diffusion_limited_aggregation(int particles, long long seed):
    """Grow a DLA cluster of `particles` walkers."""
    cdef unsigned char grid[SIZE][SIZE]
    cdef int mdx[4]
    cdef int mdy[4]
    cdef long quad[4]
    cdef int c = SIZE // 2, radius = 1, x, y, p, m, r, k, total = 0
    cdef long long state = seed & 0x7FFFFFFF, walk_steps = 0
    cdef double ang
    cdef bint stuck
    memset(grid, 0, sizeof(grid))
    mdx[:] = [1, -1, 0, 0]
    mdy[:] = [0, 0, 1, -1]
    for k in range(4):
        quad[k] = 0
    grid[c][c] = 1
    with nogil:
        for p in range(particles):
            if radius + 8 >= c:
                break
            stuck = False
            while not stuck:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                ang = state / 2147483648.0 * 2 * M_PI
                x = c + <int>floor((radius + 3) * cos(ang))
                y = c + <int>floor((radius + 3) * sin(ang))
                while True:
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    m = (state >> 16) & 3
                    x += mdx[m]
                    y += mdy[m]
                    walk_steps += 1
                    if (x - c) * (x - c) + (y - c) * (y - c) > (radius + 6) * (radius + 6):
                        break
                    if grid[y + 1][x] or grid[y - 1][x] or grid[y][x + 1] or grid[y][x - 1]:
                        grid[y][x] = 1
                        r = <int>ceil(sqrt(<double>((x - c) * (x - c) + (y - c) * (y - c))))
                        if r > radius:
                            radius = r
                        quad[(x >= c) + 2 * (y >= c)] += 1
                        stuck = True
                        break
        for y in range(SIZE):
            for x in range(SIZE):
                total += grid[y][x]
    return (total, radius, walk_steps, [quad[k] for k in range(4)])
