# cython: language_level=3
"""Boustrophedon coverage with BFS escapes — a cdef class owning flat C grid buffers.

``Field`` allocates the obstacle and coverage bytes, a BFS queue and a per-cell
visit stamp in ``__cinit__`` and frees them in ``__dealloc__``. Stamping cells with
the search number means the dead-end searches never clear a ``seen`` set, and the
sweep itself tests neighbours through an inline method on flat byte arrays.

Keywords: robotics, coverage path planning, boustrophedon, cleaning robot, breadth-first search, grid
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef int NR[4]
cdef int NC[4]
NR[:] = [-1, 1, 0, 0]
NC[:] = [0, 0, 1, -1]


@cython.final
cdef class Field:
    cdef int rows, cols
    cdef unsigned char *blocked
    cdef unsigned char *covered
    cdef int *queue
    cdef int *dist
    cdef int *stamp

    def __cinit__(self, int rows, int cols):
        cdef int n = rows * cols + 1
        self.rows = rows
        self.cols = cols
        self.blocked = <unsigned char *>calloc(n, 1)
        self.covered = <unsigned char *>calloc(n, 1)
        self.queue = <int *>malloc(n * sizeof(int))
        self.dist = <int *>malloc(n * sizeof(int))
        self.stamp = <int *>calloc(n, sizeof(int))
        if not (self.blocked and self.covered and self.queue and self.dist and self.stamp):
            raise MemoryError()

    def __dealloc__(self):
        free(self.blocked)
        free(self.covered)
        free(self.queue)
        free(self.dist)
        free(self.stamp)

    cdef inline bint open_cell(self, int r, int c) noexcept nogil:
        return (0 <= r < self.rows and 0 <= c < self.cols
                and not self.blocked[r * self.cols + c] and not self.covered[r * self.cols + c])

    @cython.cdivision(True)
    cdef int nearest_uncovered(self, int start, int search, int *distance) noexcept nogil:
        """Closest free uncovered cell by BFS (or -1); its distance goes to distance[0]."""
        cdef int head = 0, tail = 1, cell, r, c, nr, nc, k, nxt
        self.queue[0] = start
        self.dist[start] = 0
        self.stamp[start] = search
        while head < tail:
            cell = self.queue[head]
            head += 1
            if not self.covered[cell]:
                distance[0] = self.dist[cell]
                return cell
            r = cell // self.cols
            c = cell % self.cols
            for k in range(4):
                nr = r + NR[k]
                nc = c + NC[k]
                if 0 <= nr < self.rows and 0 <= nc < self.cols:
                    nxt = nr * self.cols + nc
                    if not self.blocked[nxt] and self.stamp[nxt] != search:
                        self.stamp[nxt] = search
                        self.dist[nxt] = self.dist[cell] + 1
                        self.queue[tail] = nxt
                        tail += 1
        distance[0] = 0
        return -1


@cython_benchmark(args=(180, 200, 1000, 12))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def boustrophedon_coverage_grid(int rows, int cols, int blocks, long long seed):
    """Return (covered, free cells, moves, repeated-cell moves, reversals, searches, final cell)."""
    if rows <= 0 or cols <= 0:
        return (0, 0, 0, 0, 0, 0, (0, 0))
    cdef Field f = Field(rows, cols)
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef unsigned int values[4]
    cdef int b, j, r, c, r0, c0, r1, c1, free_cells = 0, count = 1, direction = 1
    cdef int moves = 0, repeats = 0, reversals = 0, searches = 0, target, dist = 0
    with nogil:
        for b in range(blocks):
            for j in range(4):
                state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
                values[j] = state >> 16
            r0 = values[0] % rows
            c0 = values[1] % cols
            r1 = min(rows, r0 + 1 + <int>(values[2] % 6))
            c1 = min(cols, c0 + 1 + <int>(values[3] % 6))
            for r in range(r0, r1):
                for c in range(c0, c1):
                    f.blocked[r * cols + c] = 1
        f.blocked[0] = 0
        for j in range(rows * cols):
            if not f.blocked[j]:
                free_cells += 1
        r = 0
        c = 0
        f.covered[0] = 1
        while True:
            if f.open_cell(r + direction, c):
                r += direction
            elif f.open_cell(r, c + 1):
                c += 1
                direction = -direction
                reversals += 1
            elif f.open_cell(r, c - 1):
                c -= 1
                direction = -direction
                reversals += 1
            else:
                searches += 1
                target = f.nearest_uncovered(r * cols + c, searches, &dist)
                if target < 0:
                    break
                r = target // cols
                c = target % cols
                moves += dist - 1
                repeats += dist - 1
            moves += 1
            f.covered[r * cols + c] = 1
            count += 1
    return (count, free_cells, moves, repeats, reversals, searches, (r, c))
