# cython: language_level=3
"""Cyclic cellular automaton (Griffeath's model) forming rotating spirals.

Colours are bytes in two malloc'd planes swapped each step; wrapped row and column
indices come from precomputed tables, and the eight-neighbour test against the next
colour is unrolled, so each cell costs a few byte comparisons.

Keywords: simulation, cyclic cellular automaton, spirals, self organisation, torus, grid
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(80, 14, 2, 25, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def cyclic_cellular_automaton(int size, int colours, int threshold, int steps, long long seed):
    """Evolve a size x size cyclic CA with the given number of colours."""
    cdef int n = size * size
    cdef unsigned char* g = <unsigned char*>malloc(n + 1)
    cdef unsigned char* h = <unsigned char*>malloc(n + 1)
    cdef unsigned char* t
    cdef int* wrap = <int*>malloc((size + 2) * sizeof(int))
    cdef long* hist = <long*>calloc(colours + 1, sizeof(long))
    cdef long long state = seed & 0x7FFFFFFF
    cdef int x, y, s, count, changed, active = 0, ym, yp, xm, xp, i
    cdef unsigned char nxt
    changes = []
    if g == NULL or h == NULL or wrap == NULL or hist == NULL:
        free(g); free(h); free(wrap); free(hist)
        raise MemoryError()
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            g[i] = <unsigned char>((state >> 16) % colours)
        for i in range(size + 2):
            wrap[i] = (i - 1 + size) % size if size else 0
        for s in range(steps):
            changed = 0
            for y in range(size):
                ym = wrap[y] * size
                yp = wrap[y + 2] * size
                for x in range(size):
                    xm = wrap[x]
                    xp = wrap[x + 2]
                    nxt = (g[y * size + x] + 1) % colours
                    count = ((g[ym + xm] == nxt) + (g[ym + x] == nxt) + (g[ym + xp] == nxt)
                             + (g[y * size + xm] == nxt) + (g[y * size + xp] == nxt)
                             + (g[yp + xm] == nxt) + (g[yp + x] == nxt) + (g[yp + xp] == nxt))
                    if count >= threshold:
                        h[y * size + x] = nxt
                        changed += 1
                    else:
                        h[y * size + x] = g[y * size + x]
            t = g
            g = h
            h = t
            changes.append(changed)
            if changed:
                active += 1
        for i in range(n):
            hist[g[i]] += 1
        return (changes[::max(1, steps // 8)], [hist[i] for i in range(colours)], active)
    finally:
        free(g); free(h); free(wrap); free(hist)
