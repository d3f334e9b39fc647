# cython: language_level=3
"""Brushfire clearance and wavefront planning — flat C grids and an array-backed BFS queue.

Obstacles, clearance and wave labels are flat malloc'd C arrays indexed by
``r * size + c``; both breadth-first sweeps share one nogil routine whose FIFO is a
preallocated int array (each cell enters at most once), and a ``passable`` threshold
replaces the Python lambda. The descent picks its neighbour with a typed comparison.

Keywords: robotics, wavefront planner, brushfire, distance transform, configuration space, grid path planning
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef int DR[4]
cdef int DC[4]
DR[:] = [1, 0, -1, 0]
DC[:] = [0, 1, 0, -1]


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void sweep(int size, int *dist, int *queue, int head_count, const int *clearance, int threshold) noexcept nogil:
    """BFS from the cells already queued (dist 0); a cell is passable when clearance > threshold
    (or always, when clearance is NULL)."""
    cdef int head = 0, tail = head_count, cell, r, c, nr, nc, k, nxt
    while head < tail:
        cell = queue[head]
        head += 1
        r = cell // size
        c = cell % size
        for k in range(4):
            nr = r + DR[k]
            nc = c + DC[k]
            if 0 <= nr < size and 0 <= nc < size:
                nxt = nr * size + nc
                if dist[nxt] < 0 and (clearance == NULL or clearance[nxt] > threshold):
                    dist[nxt] = dist[cell] + 1
                    queue[tail] = nxt
                    tail += 1


@cython_benchmark(args=(300, 250, 2, 41))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def brushfire_wavefront_planner(int size, int blocks, int radius, long long seed):
    """Return (path cells, min clearance on path, wave cells, free cells after inflation, clearance checksum)."""
    cdef int n = size * size
    cdef unsigned char *grid = <unsigned char *>calloc(n + 1, 1)
    cdef int *clearance = <int *>malloc((n + 1) * sizeof(int))
    cdef int *wave = <int *>malloc((n + 1) * sizeof(int))
    cdef int *queue = <int *>malloc((n + 1) * sizeof(int))
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef unsigned int corner[4]
    cdef int b, j, r, c, r0, c0, h, w, count = 0, free_cells = 0, wave_cells = 0
    cdef int start, goal, cell, path = 1, tightest, k, best_k, nxt, best_clear
    cdef long long checksum = 0
    if not (grid and clearance and wave and queue):
        free(grid); free(clearance); free(wave); free(queue)
        raise MemoryError()
    try:
        with nogil:
            for r in range(size):
                for c in range(size):
                    if r == 0 or r == size - 1 or c == 0 or c == size - 1:
                        grid[r * size + c] = 1
            for b in range(blocks):
                for j in range(4):
                    state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
                    corner[j] = state >> 16
                r0 = corner[0] % size
                c0 = corner[1] % size
                h = 2 + corner[2] % 12
                w = 2 + corner[3] % 12
                for r in range(r0, min(r0 + h, size)):
                    for c in range(c0, min(c0 + w, size)):
                        grid[r * size + c] = 1
            for cell in range(n):
                clearance[cell] = -1
                wave[cell] = -1
                if grid[cell]:
                    clearance[cell] = 0
                    queue[count] = cell
                    count += 1
            sweep(size, clearance, queue, count, NULL, 0)
            for cell in range(n):
                if clearance[cell] > radius:
                    free_cells += 1
                checksum = (checksum * 31 + clearance[cell] + 1) % 1000000007
        start = (size // 8) * size + size // 8
        goal = (size - 1 - size // 8) * size + (size - 1 - size // 8)
        if not (clearance[start] > radius and clearance[goal] > radius):
            return (-1, -1, 0, free_cells, checksum)
        with nogil:
            wave[goal] = 0
            queue[0] = goal
            sweep(size, wave, queue, 1, clearance, radius)
            for cell in range(n):
                if wave[cell] >= 0:
                    wave_cells += 1
        if wave[start] < 0:
            return (-1, -1, wave_cells, free_cells, checksum)
        with nogil:
            cell = start
            tightest = clearance[cell]
            while cell != goal:
                best_k = -1
                best_clear = -1
                for k in range(4):
                    nxt = cell + DR[k] * size + DC[k]
                    if wave[nxt] == wave[cell] - 1 and clearance[nxt] > best_clear:
                        best_clear = clearance[nxt]
                        best_k = nxt
                cell = best_k
                path += 1
                if clearance[cell] < tightest:
                    tightest = clearance[cell]
    finally:
        free(grid); free(clearance); free(wave); free(queue)
    return (path, tightest, wave_cells, free_cells, checksum)
