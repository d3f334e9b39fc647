# cython: language_level=3
"""Self-avoiding walk growth on a C byte grid with enum-coded directions.

Instead of a set of visited tuples, each walk marks a (2L+1)^2 unsigned char grid
that is cleared along the walk's own path afterwards; directions are a C enum
indexing small offset tables, and the candidate moves are gathered in a C array.

Keywords: monte carlo, self avoiding walk, lattice, polymer, random walk
"""

cimport cython
from libc.stdlib cimport calloc, malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef enum Direction:
    EAST = 0
    NORTH = 1
    WEST = 2
    SOUTH = 3


cdef int DX[4]
cdef int DY[4]
DX[<int>EAST] = 1; DY[<int>EAST] = 0
DX[<int>NORTH] = 0; DY[<int>NORTH] = 1
DX[<int>WEST] = -1; DY[<int>WEST] = 0
DX[<int>SOUTH] = 0; DY[<int>SOUTH] = -1


@cython_benchmark(args=(1200, 200, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def self_avoiding_walk_growth(int walks, int max_steps, long seed):
    """Return (total length, trapped walks, max squared distance, length histogram)."""
    cdef int span = (max_steps if max_steps > 0 else 0) + 1
    cdef int width = 2 * span + 1
    cdef unsigned char *grid = <unsigned char *>calloc(width * width, 1)
    cdef int *path = <int *>malloc((span + 1) * sizeof(int))
    if grid == NULL or path == NULL:
        free(grid); free(path)
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef long total = 0, trapped = 0, best = 0, d2
    cdef int hist[10]
    cdef int cand[4]
    cdef int w, x, y, length, nfree, k, d, nx, ny, cell
    for k in range(10):
        hist[k] = 0
    try:
        for w in range(walks):
            x = 0
            y = 0
            cell = span * width + span
            grid[cell] = 1
            path[0] = cell
            length = 0
            while length < max_steps:
                nfree = 0
                for d in range(4):
                    if not grid[(y + DY[d] + span) * width + x + DX[d] + span]:
                        cand[nfree] = d
                        nfree += 1
                if nfree == 0:
                    trapped += 1
                    break
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                d = cand[(state >> 8) % <unsigned long long>nfree]
                x += DX[d]
                y += DY[d]
                length += 1
                cell = (y + span) * width + x + span
                grid[cell] = 1
                path[length] = cell
            for k in range(length + 1):
                grid[path[k]] = 0
            total += length
            d2 = <long>x * x + <long>y * y
            if d2 > best:
                best = d2
            k = length * 10 // (max_steps + 1)
            hist[k if k < 9 else 9] += 1
    finally:
        free(grid)
        free(path)
    return total, trapped, best, [hist[k] for k in range(10)]
