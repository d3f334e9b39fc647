# cython: language_level=3
"""Game of Life on two unsigned char buffers swapped by pointer.

The board is stored twice in one malloc'ed byte block; each generation writes the
other half and the two ``unsigned char *`` pointers are swapped, avoiding any list
allocation. Wrapped neighbour indices come from small precomputed C tables.

Keywords: games, game of life, cellular automaton, conway, simulation
"""

cimport cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(64, 60, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
def life_glider_gun_generations(int size, int generations, long seed):
    """Return the live-cell count after each generation."""
    if size <= 0:
        return []
    cdef int cells = size * size
    cdef unsigned char *block = <unsigned char *>malloc(2 * cells)
    cdef int *prev_i = <int *>malloc(size * sizeof(int))
    cdef int *next_i = <int *>malloc(size * sizeof(int))
    if block == NULL or prev_i == NULL or next_i == NULL:
        free(block); free(prev_i); free(next_i)
        raise MemoryError()
    cdef unsigned char *cur = block
    cdef unsigned char *nxt = block + cells
    cdef unsigned char *tmp
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int i, j, g, n, up, down, left, right, alive
    history = []
    for i in range(cells):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        cur[i] = 1 if (state >> 8) % 3 == 0 else 0
    for i in range(size):
        prev_i[i] = (i - 1 + size) % size
        next_i[i] = (i + 1) % size
    try:
        for g in range(generations):
            alive = 0
            for i in range(size):
                up = prev_i[i] * size
                down = next_i[i] * size
                for j in range(size):
                    left = prev_i[j]
                    right = next_i[j]
                    n = (cur[up + left] + cur[up + j] + cur[up + right] + cur[i * size + left]
                         + cur[i * size + right] + cur[down + left] + cur[down + j] + cur[down + right])
                    nxt[i * size + j] = 1 if n == 3 or (n == 2 and cur[i * size + j]) else 0
                    alive += nxt[i * size + j]
            tmp = cur; cur = nxt; nxt = tmp
            history.append(alive)
    finally:
        free(block); free(prev_i); free(next_i)
    return history
