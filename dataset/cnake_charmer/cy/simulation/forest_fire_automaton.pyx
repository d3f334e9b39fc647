# cython: language_level=3
"""Drossel-Schwabl forest-fire cellular automaton.

Cell states are a C enum stored in unsigned-char buffers (current and next, swapped by
pointer); the torus neighbours of each row are precomputed, and the LCG draw, the
neighbour test and the counts are all C operations in the same row-major order.

Keywords: simulation, forest fire, cellular automaton, self organised criticality, grid
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark


cdef enum Cell:
    EMPTY = 0
    TREE = 1
    FIRE = 2


@cython_benchmark(args=(90, 60, 30, 1, 13))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def forest_fire_automaton(int size, int steps, int grow_per_mille, int lightning_per_100k, long long seed):
    """Run the forest-fire model on a size x size torus for `steps` steps."""
    cdef int n = size * size
    cdef unsigned char* cells = <unsigned char*>malloc(n + 1)
    cdef unsigned char* nxt = <unsigned char*>malloc(n + 1)
    cdef unsigned char* tmp
    cdef long long state = seed & 0x7FFFFFFF, r
    cdef int i, x, y, s, up, down, left, right, trees, fires = 0
    cdef long burnt = 0
    history = []
    if cells == NULL or nxt == NULL:
        free(cells); free(nxt)
        raise MemoryError()
    try:
        for i in range(n):
            cells[i] = TREE if (i * 7) % 10 < 6 else EMPTY
        if n:
            cells[(size // 2) * size + size // 2] = FIRE
        for s in range(steps):
            memcpy(nxt, cells, n)
            trees = 0
            for y in range(size):
                up = (y - 1 + size) % size * size
                down = (y + 1) % size * size
                for x in range(size):
                    i = y * size + x
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    r = state % 100000
                    if cells[i] == FIRE:
                        nxt[i] = EMPTY
                    elif cells[i] == TREE:
                        left = y * size + (x - 1 + size) % size
                        right = y * size + (x + 1) % size
                        if (cells[up + x] == FIRE or cells[down + x] == FIRE or cells[left] == FIRE
                                or cells[right] == FIRE or r < lightning_per_100k):
                            nxt[i] = FIRE
                            burnt += 1
                    elif r < grow_per_mille * 100:
                        nxt[i] = TREE
            tmp = cells
            cells = nxt
            nxt = tmp
            for i in range(n):
                if cells[i] == TREE:
                    trees += 1
            history.append(trees)
        for i in range(n):
            if cells[i] == FIRE:
                fires += 1
        return (history[::max(1, steps // 10)], burnt, fires)
    finally:
        free(cells); free(nxt)
