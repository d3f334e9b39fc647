# cython: language_level=3
"""Grid BFS with a flat C ring of cell indices and a uint8_t wall map.

Walls are a byte array, distances an int array initialised with memset(-1) (all bytes
0xFF), and the queue is a preallocated int array of cell indices walked by head/tail
counters; neighbours are checked with direct index arithmetic in a nogil loop.

Keywords: breadth-first search, grid, maze, shortest path, queue
"""

import cython
from libc.stdint cimport uint8_t
from libc.stdlib cimport malloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void bfs(const uint8_t *wall, int *dist, int *queue, int rows, int cols) noexcept nogil:
    cdef Py_ssize_t head = 0, tail = 1
    cdef int cell, r, c, d, k
    queue[0] = 0
    dist[0] = 0
    while head < tail:
        cell = queue[head]
        head += 1
        r = cell // cols
        c = cell - r * cols
        d = dist[cell] + 1
        if r > 0:
            k = cell - cols
            if not wall[k] and dist[k] < 0:
                dist[k] = d
                queue[tail] = k
                tail += 1
        if r + 1 < rows:
            k = cell + cols
            if not wall[k] and dist[k] < 0:
                dist[k] = d
                queue[tail] = k
                tail += 1
        if c > 0:
            k = cell - 1
            if not wall[k] and dist[k] < 0:
                dist[k] = d
                queue[tail] = k
                tail += 1
        if c + 1 < cols:
            k = cell + 1
            if not wall[k] and dist[k] < 0:
                dist[k] = d
                queue[tail] = k
                tail += 1


@cython_benchmark(args=(400, 400, 22, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def bfs_grid_maze_distances(int rows, int cols, int wall_percent, long long seed):
    """Return (reachable, distance to far corner, max distance, distance histogram)."""
    if rows <= 0 or cols <= 0:
        return 0, -1, 0, []
    cdef Py_ssize_t total = <Py_ssize_t>rows * cols, i
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef Py_ssize_t reached = 0
    cdef int far = 0, d
    cdef uint8_t *wall = <uint8_t *>malloc(total)
    cdef int *dist = <int *>malloc(total * sizeof(int))
    cdef int *queue = <int *>malloc(total * sizeof(int))
    if wall == NULL or dist == NULL or queue == NULL:
        free(wall)
        free(dist)
        free(queue)
        raise MemoryError()
    try:
        for i in range(total):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            wall[i] = ((state >> 10) % 100) < <unsigned long long>wall_percent if wall_percent > 0 else 0
        for i in range(cols):
            wall[i] = 0
        for i in range(rows):
            wall[i * cols] = 0
        wall[total - 1] = 0
        memset(dist, 0xFF, total * sizeof(int))
        with nogil:
            bfs(wall, dist, queue, rows, cols)
        for i in range(total):
            d = dist[i]
            if d >= 0:
                reached += 1
                if d > far:
                    far = d
        hist = [0] * (far // 10 + 1)
        for i in range(total):
            if dist[i] >= 0:
                hist[dist[i] // 10] += 1
        return reached, dist[total - 1], far, hist[:20]
    finally:
        free(wall)
        free(dist)
        free(queue)
