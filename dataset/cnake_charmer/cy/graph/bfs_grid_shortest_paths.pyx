# cython: language_level=3
"""Grid BFS over flat C arrays with a ring-free index queue.

The wall map, the distance field and the queue are single malloc'd blocks indexed by
r * cols + c; the LCG runs in 64-bit C integers and the four neighbour tests are plain
comparisons, so no tuples or Python lists are created during the search.

Keywords: graph, bfs, grid, shortest path, maze, queue
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(320, 320, 28, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
def bfs_grid_shortest_paths(int rows, int cols, int wall_percent, long long seed):
    """Return (reached cells, max distance, distance sum, distance to bottom-right or -1)."""
    if rows <= 0 or cols <= 0:
        return (0, 0, 0, -1)
    cdef Py_ssize_t total = <Py_ssize_t>rows * cols
    cdef char *wall = <char *>malloc(total)
    cdef int *dist = <int *>malloc(total * sizeof(int))
    cdef int *queue = <int *>malloc(total * sizeof(int))
    if wall == NULL or dist == NULL or queue == NULL:
        free(wall); free(dist); free(queue)
        raise MemoryError()
    cdef long long state = seed & 0x7FFFFFFF
    cdef Py_ssize_t i, head = 0, tail = 0
    cdef int cell, r, c, d, nb
    cdef long long reached = 0, dsum = 0
    cdef int dmax = 0, last
    try:
        for i in range(total):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            wall[i] = ((state >> 8) % 100) < wall_percent
            dist[i] = -1
        wall[0] = 0
        dist[0] = 0
        queue[tail] = 0
        tail += 1
        while head < tail:
            cell = queue[head]
            head += 1
            r = cell // cols
            c = cell - r * cols
            d = dist[cell] + 1
            if r + 1 < rows:
                nb = cell + cols
                if not wall[nb] and dist[nb] < 0:
                    dist[nb] = d; queue[tail] = nb; tail += 1
            if r > 0:
                nb = cell - cols
                if not wall[nb] and dist[nb] < 0:
                    dist[nb] = d; queue[tail] = nb; tail += 1
            if c + 1 < cols:
                nb = cell + 1
                if not wall[nb] and dist[nb] < 0:
                    dist[nb] = d; queue[tail] = nb; tail += 1
            if c > 0:
                nb = cell - 1
                if not wall[nb] and dist[nb] < 0:
                    dist[nb] = d; queue[tail] = nb; tail += 1
        for i in range(total):
            if dist[i] >= 0:
                reached += 1
                dsum += dist[i]
                if dist[i] > dmax:
                    dmax = dist[i]
        last = dist[total - 1]
    finally:
        free(wall); free(dist); free(queue)
    return (reached, dmax, dsum, last)
