# cython: language_level=3
"""Schelling's segregation model on a torus.

The grid is a byte array with precomputed wrap tables and the empty cells are a packed
int array updated in place on every move; the like-neighbour share is an inline nogil
function returning a C double, so a round is a pure C sweep.

Keywords: simulation, schelling model, segregation, agent based model, torus, social dynamics
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double like_share(unsigned char* g, int* wrap, int size, int y, int x) noexcept nogil:
    cdef unsigned char me = g[y * size + x], v
    cdef int same = 0, other = 0, dy, dx
    for dy in range(-1, 2):
        for dx in range(-1, 2):
            if dy != 0 or dx != 0:
                v = g[wrap[y + dy + 1] * size + wrap[x + dx + 1]]
                if v == me:
                    same += 1
                elif v:
                    other += 1
    return same / <double>(same + other) if same + other else 1.0


@cython_benchmark(args=(70, 12, 50, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def schelling_segregation_moves(int size, int rounds, int want_pct, long long seed):
    """Run `rounds` rounds of Schelling's model on a size x size torus."""
    cdef int n = size * size
    cdef unsigned char* g = <unsigned char*>malloc(n + 1)
    cdef int* empties = <int*>malloc((n + 1) * sizeof(int))
    cdef int* wrap = <int*>malloc((size + 3) * sizeof(int))
    cdef long long state = seed & 0x7FFFFFFF
    cdef int x, y, r, k, ne = 0, moved, rnd, cnt = 0, unhappy = 0
    cdef double want = want_pct / 100.0, s, total = 0.0
    moves = []
    if g == NULL or empties == NULL or wrap == NULL:
        free(g); free(empties); free(wrap)
        raise MemoryError()
    try:
        for r in range(size + 3):
            wrap[r] = (r - 1 + size) % size if size else 0
        for y in range(size):
            for x in range(size):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                r = <int>((state >> 16) % 10)
                g[y * size + x] = 0 if r == 0 else (1 if r <= 4 else 2)
                if r == 0:
                    empties[ne] = y * size + x
                    ne += 1
        for rnd in range(rounds):
            moved = 0
            for y in range(size):
                for x in range(size):
                    if g[y * size + x] and ne > 0 and like_share(g, wrap, size, y, x) < want:
                        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                        k = <int>((state >> 16) % ne)
                        g[empties[k]] = g[y * size + x]
                        g[y * size + x] = 0
                        empties[k] = y * size + x
                        moved += 1
            moves.append(moved)
        for y in range(size):
            for x in range(size):
                if g[y * size + x]:
                    s = like_share(g, wrap, size, y, x)
                    total += s
                    cnt += 1
                    if s < want:
                        unhappy += 1
        return (moves, total / cnt if cnt else 0.0, unhappy)
    finally:
        free(g); free(empties); free(wrap)
