# cython: language_level=3
"""Tree diameter with CSR adjacency of (vertex, weight) structs and a C stack.

The tree's edges are packed into compressed rows of small structs; the farthest-vertex
search is a cdef function returning a C tuple (vertex, distance) that walks an explicit
int stack and fills ``long long`` distance and int hop arrays.

Keywords: graph, tree, diameter, farthest vertex, dfs, weighted tree
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Arc:
    int to
    int w


@cython.boundscheck(False)
@cython.wraparound(False)
cdef (int, long long) farthest(int n, int src, const int *start, const Arc *arcs,
                               long long *dist, int *hops, int *stack) noexcept nogil:
    cdef int v, k, w, top = 0, best_v = 0
    cdef long long best = -1
    for v in range(n):
        dist[v] = -1
    dist[src] = 0
    hops[src] = 0
    stack[0] = src
    while top >= 0:
        v = stack[top]
        top -= 1
        for k in range(start[v], start[v + 1]):
            w = arcs[k].to
            if dist[w] < 0:
                dist[w] = dist[v] + arcs[k].w
                hops[w] = hops[v] + 1
                top += 1
                stack[top] = w
    for v in range(n):
        if dist[v] > best:
            best = dist[v]
            best_v = v
    return (best_v, best)


@cython_benchmark(args=(25000, 40, 67))
@cython.boundscheck(False)
@cython.wraparound(False)
def tree_diameter_weighted(int n, int span, long long seed):
    """Return (diameter length, endpoint a, endpoint b, edges on the diameter path)."""
    if n <= 0:
        return (0, -1, -1, 0)
    cdef int *par = <int *>malloc(n * sizeof(int))
    cdef int *wt = <int *>malloc(n * sizeof(int))
    cdef int *start = <int *>calloc(n + 1, sizeof(int))
    cdef Arc *arcs = <Arc *>malloc((2 * n) * sizeof(Arc))
    cdef long long *dist = <long long *>malloc(n * sizeof(long long))
    cdef int *hops = <int *>malloc(n * sizeof(int))
    cdef int *stack = <int *>malloc(n * sizeof(int))
    cdef long long state = seed & 0x7FFFFFFF
    cdef long long length
    cdef int v, k, p, a, b, path_edges
    try:
        for v in range(1, n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            par[v] = <int>(v - 1 - (state >> 9) % min(v, span))
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            wt[v] = <int>(1 + (state >> 9) % 1000)
            start[par[v] + 1] += 1
            start[v + 1] += 1
        with nogil:
            for v in range(n):
                start[v + 1] += start[v]
            for v in range(1, n):
                p = par[v]
                k = start[p]; arcs[k].to = v; arcs[k].w = wt[v]; start[p] = k + 1
                k = start[v]; arcs[k].to = p; arcs[k].w = wt[v]; start[v] = k + 1
            for v in range(n, 0, -1):
                start[v] = start[v - 1]
            start[0] = 0
            a, length = farthest(n, 0, start, arcs, dist, hops, stack)
            b, length = farthest(n, a, start, arcs, dist, hops, stack)
            path_edges = hops[b]
    finally:
        free(par); free(wt); free(start); free(arcs); free(dist); free(hops); free(stack)
    return (length, a, b, path_edges)
