# cython: language_level=3
"""Sandpile toppling on a cython.view grid with a C int work stack.

The grid is a ``cython.view.array`` of ints viewed as a 2D memoryview and the
pending cells are pushed on a malloc'ed C stack that grows with realloc, replacing a
Python list of tuples; neighbour offsets come from small C arrays.

Keywords: games, sandpile, cellular automaton, self organised criticality, toppling
"""

cimport cython
from cython.view cimport array as cvarray
from libc.stdlib cimport malloc, realloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef int DR4[4]
cdef int DC4[4]
DR4[:] = [1, -1, 0, 0]
DC4[:] = [0, 0, 1, -1]


@cython_benchmark(args=(41, 2000))
@cython.boundscheck(False)
@cython.wraparound(False)
def abelian_sandpile_topple(int n, long grains):
    """Return (cells holding 0..3 grains, topplings, centre row)."""
    if n <= 0:
        return [0, 0, 0, 0], 0, []
    cdef int[:, ::1] grid = cvarray(shape=(n, n), itemsize=sizeof(int), format="i")
    grid[:, :] = 0
    cdef long cap = 1024, top = 0, topplings = 0, g
    cdef int *stack = <int *>malloc(cap * sizeof(int))
    cdef int *grown
    cdef int mid = n // 2, r, c, nr, nc, k, cell
    cdef long counts[4]
    if stack == NULL:
        raise MemoryError()
    try:
        for g in range(grains):
            grid[mid, mid] += 1
            stack[0] = mid * n + mid
            top = 1
            while top > 0:
                top -= 1
                cell = stack[top]
                r = cell // n
                c = cell % n
                if grid[r, c] < 4:
                    continue
                if top + 5 > cap:
                    cap *= 2
                    grown = <int *>realloc(stack, cap * sizeof(int))
                    if grown == NULL:
                        raise MemoryError()
                    stack = grown
                grid[r, c] -= 4
                topplings += 1
                if grid[r, c] >= 4:
                    stack[top] = cell
                    top += 1
                for k in range(4):
                    nr = r + DR4[k]
                    nc = c + DC4[k]
                    if 0 <= nr < n and 0 <= nc < n:
                        grid[nr, nc] += 1
                        if grid[nr, nc] >= 4:
                            stack[top] = nr * n + nc
                            top += 1
    finally:
        free(stack)
    counts[0] = counts[1] = counts[2] = counts[3] = 0
    for r in range(n):
        for c in range(n):
            counts[grid[r, c]] += 1
    return [counts[0], counts[1], counts[2], counts[3]], topplings, [grid[mid, c] for c in range(n)]
