# cython: language_level=3
"""0-1 BFS on a flat grid with an enum cell type and a circular C deque.

Cell kinds are a C enum stored in a byte array; the deque is a malloc'd ring buffer of
cell indices (front pushes for free moves, back pushes for paid ones) sized to the
number of possible pushes, and costs are int arrays.

Keywords: graph, 0-1 bfs, deque, shortest path, grid, weighted bfs
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef enum CellKind:
    OPEN = 0
    MUD = 1
    WALL = 2


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef void run_01bfs(const unsigned char *grid, int *cost, int *ring, Py_ssize_t cap,
                    int rows, int cols) noexcept nogil:
    cdef Py_ssize_t head = 0, size = 1
    cdef int cell, r, c, nb, step, d, c0
    cdef int nbs[4]
    ring[0] = 0
    while size > 0:
        cell = ring[head]
        head = (head + 1) % cap
        size -= 1
        c0 = cost[cell]
        r = cell // cols
        c = cell - r * cols
        nbs[0] = cell - cols if r > 0 else -1
        nbs[1] = cell + cols if r + 1 < rows else -1
        nbs[2] = cell - 1 if c > 0 else -1
        nbs[3] = cell + 1 if c + 1 < cols else -1
        for d in range(4):
            nb = nbs[d]
            if nb < 0 or grid[nb] == WALL:
                continue
            step = c0 + (grid[nb] == MUD)
            if cost[nb] < 0 or step < cost[nb]:
                cost[nb] = step
                if grid[nb] == MUD:
                    ring[(head + size) % cap] = nb
                else:
                    head = (head - 1 + cap) % cap
                    ring[head] = nb
                size += 1


@cython_benchmark(args=(200, 200, 72))
@cython.boundscheck(False)
@cython.wraparound(False)
def zero_one_bfs_grid(int rows, int cols, long long seed):
    """Return (reachable cells, max cost, cost sum, cost of bottom-right or -1)."""
    if rows <= 0 or cols <= 0:
        return (0, 0, 0, -1)
    cdef Py_ssize_t total = <Py_ssize_t>rows * cols, i
    cdef Py_ssize_t cap = 4 * total + 4
    cdef unsigned char *grid = <unsigned char *>malloc(total)
    cdef int *cost = <int *>malloc(total * sizeof(int))
    cdef int *ring = <int *>malloc(cap * sizeof(int))
    cdef long long state = seed & 0x7FFFFFFF, roll, reached = 0, csum = 0
    cdef int cmax = 0, last
    try:
        for i in range(total):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            roll = (state >> 10) % 10
            grid[i] = WALL if roll < 2 else (MUD if roll < 5 else OPEN)
            cost[i] = -1
        grid[0] = OPEN
        cost[0] = 0
        with nogil:
            run_01bfs(grid, cost, ring, cap, rows, cols)
        for i in range(total):
            if cost[i] >= 0:
                reached += 1
                csum += cost[i]
                if cost[i] > cmax:
                    cmax = cost[i]
        last = cost[total - 1]
    finally:
        free(grid); free(cost); free(ring)
    return (reached, cmax, csum, last)
