# cython: language_level=3
"""Kruskal's algorithm over a qsort-ed array of edge structs.

Edges live in a malloc'd array of C structs sorted by libc ``qsort`` with a C
comparator; the union-find uses path halving and union by size in int arrays, with
the find step an inline nogil function.

Keywords: graph, kruskal, minimum spanning tree, union find, disjoint set, sorting
"""

import cython
from libc.stdlib cimport malloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Edge:
    int w
    int u
    int v


cdef int edge_cmp(const void *a, const void *b) noexcept nogil:
    cdef int wa = (<const Edge *>a).w
    cdef int wb = (<const Edge *>b).w
    return (wa > wb) - (wa < wb)


cdef inline int find_root(int *parent, int x) noexcept nogil:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


@cython_benchmark(args=(30000, 120000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def kruskal_mst_union_find(int n, int m, long long seed):
    """Return (forest weight, edges used, number of trees, heaviest chosen edge)."""
    if n <= 0:
        return (0, 0, 0, 0)
    cdef Edge *edges = <Edge *>malloc((m + 1) * sizeof(Edge))
    cdef int *parent = <int *>malloc(n * sizeof(int))
    cdef int *size = <int *>malloc(n * sizeof(int))
    cdef long long state = seed & 0x7FFFFFFF
    cdef long long total = 0
    cdef int used = 0, heaviest = 0, i, ru, rv
    try:
        for i in range(m):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            edges[i].u = <int>((state >> 3) % n)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            edges[i].v = <int>((state >> 3) % n)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            edges[i].w = <int>(1 + (state >> 3) % 100000)
        for i in range(n):
            parent[i] = i
            size[i] = 1
        with nogil:
            qsort(edges, m, sizeof(Edge), edge_cmp)
            for i in range(m):
                ru = find_root(parent, edges[i].u)
                rv = find_root(parent, edges[i].v)
                if ru != rv:
                    if size[ru] > size[rv]:
                        ru, rv = rv, ru
                    parent[ru] = rv
                    size[rv] += size[ru]
                    total += edges[i].w
                    used += 1
                    heaviest = edges[i].w
    finally:
        free(edges); free(parent); free(size)
    return (total, used, n - used, heaviest)
