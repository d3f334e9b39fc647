# cython: language_level=3
"""Bellman-Ford over an array of edge structs with a reached-flag byte array.

Edges are C structs in one malloc'd block, distances are ``long long`` with a separate
reached flag (replacing Python's None), and each relaxation round is a nogil loop
returning a bint telling whether anything changed.

Keywords: graph, bellman-ford, negative weights, negative cycle, shortest path, relaxation
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct WEdge:
    int u
    int v
    int w


@cython.boundscheck(False)
cdef bint relax_round(const WEdge *edges, int m, long long *dist, char *reached, bint apply) noexcept nogil:
    cdef int i, u, v
    cdef long long cand
    cdef bint changed = False
    for i in range(m):
        u = edges[i].u
        if not reached[u]:
            continue
        v = edges[i].v
        cand = dist[u] + edges[i].w
        if not reached[v] or cand < dist[v]:
            if not apply:
                return True
            dist[v] = cand
            reached[v] = 1
            changed = True
    return changed


@cython_benchmark(args=(400, 2000, 6, 79))
@cython.boundscheck(False)
@cython.wraparound(False)
def bellman_ford_negative_cycle(int n, int m, int negative_percent, long long seed):
    """Return (negative cycle found, rounds run, reached vertices, distance sum)."""
    if n <= 0:
        return (False, 0, 0, 0)
    cdef WEdge *edges = <WEdge *>malloc((m + 1) * sizeof(WEdge))
    cdef long long *dist = <long long *>calloc(n, sizeof(long long))
    cdef char *reached = <char *>calloc(n, 1)
    cdef long long state = seed & 0x7FFFFFFF, total = 0
    cdef int i, w, rounds = 0, count = 0
    cdef bint changed = True, cycle = False
    try:
        for i in range(m):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            edges[i].u = <int>((state >> 8) % n)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            edges[i].v = <int>((state >> 8) % n)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            w = <int>(1 + (state >> 8) % 100)
            if (state >> 3) % 100 < negative_percent:
                w = -(w % 20)
            edges[i].w = w
        reached[0] = 1
        with nogil:
            while changed and rounds < n - 1:
                rounds += 1
                changed = relax_round(edges, m, dist, reached, True)
            if changed:
                cycle = relax_round(edges, m, dist, reached, False)
            for i in range(n):
                if reached[i]:
                    count += 1
                    total += dist[i]
    finally:
        free(edges); free(dist); free(reached)
    return (cycle, rounds, count, total)
