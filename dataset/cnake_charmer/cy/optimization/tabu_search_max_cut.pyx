# cython: language_level=3
"""Tabu max-cut with a C weight matrix, incremental gains and an enum side type.

Vertex sides are a C enum array, the weight matrix and gain vector are C int
buffers, and each flip updates the gains of the flipped vertex's neighbours in one
pass, so an iteration is a linear C scan plus a row update.

Keywords: optimization, tabu search, max cut, graph partitioning, metaheuristic
"""

cimport cython
from libc.stdlib cimport calloc, malloc, free
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark


cdef enum Side:
    LEFT = 0
    RIGHT = 1


@cython_benchmark(args=(120, 3000, 7, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def tabu_search_max_cut(int n, int iterations, int tenure, long seed):
    """Return (best cut weight, iteration of the best, best side of each vertex)."""
    if n <= 0:
        return 0, 0, []
    cdef int *w = <int *>calloc(n * n, sizeof(int))
    cdef long *gain = <long *>calloc(n, sizeof(long))
    cdef int *tabu = <int *>calloc(n, sizeof(int))
    cdef Side *side = <Side *>malloc(n * sizeof(Side))
    cdef Side *best_side = <Side *>malloc(n * sizeof(Side))
    if w == NULL or gain == NULL or tabu == NULL or side == NULL or best_side == NULL:
        free(w); free(gain); free(tabu); free(side); free(best_side)
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int i, j, v, u, it, move, best_iter = 0
    cdef long cut = 0, best_cut
    try:
        for i in range(n):
            for j in range(i + 1, n):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                if (state >> 8) % 4 == 0:
                    w[i * n + j] = 1 + <int>((state >> 12) % 20)
                    w[j * n + i] = w[i * n + j]
        for v in range(n):
            side[v] = RIGHT if v % 2 else LEFT
        for i in range(n):
            for j in range(i + 1, n):
                if side[i] != side[j]:
                    cut += w[i * n + j]
        for v in range(n):
            for u in range(n):
                gain[v] += w[v * n + u] if side[u] == side[v] else -w[v * n + u]
        best_cut = cut
        memcpy(best_side, side, n * sizeof(Side))
        for it in range(1, iterations + 1):
            move = -1
            for v in range(n):
                if tabu[v] >= it and cut + gain[v] <= best_cut:
                    continue
                if move < 0 or gain[v] > gain[move]:
                    move = v
            if move < 0:
                break
            cut += gain[move]
            side[move] = LEFT if side[move] == RIGHT else RIGHT
            for u in range(n):
                if w[move * n + u]:
                    if side[u] == side[move]:
                        gain[u] += 2 * w[move * n + u]
                    else:
                        gain[u] -= 2 * w[move * n + u]
            gain[move] = -gain[move]
            tabu[move] = it + tenure
            if cut > best_cut:
                best_cut = cut
                best_iter = it
                memcpy(best_side, side, n * sizeof(Side))
        return best_cut, best_iter, [<int>best_side[v] for v in range(n)]
    finally:
        free(w); free(gain); free(tabu); free(side); free(best_side)
