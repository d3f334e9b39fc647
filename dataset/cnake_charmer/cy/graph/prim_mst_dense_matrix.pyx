# cython: language_level=3
"""Dense Prim's algorithm with inline edge hashing and C-tuple vertex selection.

The edge weight is an inline cdef function on C integers; the cheapest outside vertex
is chosen by a cdef function returning a C tuple (vertex, cost), and connection
costs, parents and the in-tree flags live in malloc'd arrays.

Keywords: graph, prim, minimum spanning tree, dense graph, complete graph, greedy
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline long long edge_weight(long long i, long long j, long long salt) noexcept nogil:
    cdef long long lo = i if i < j else j
    cdef long long hi = j if i < j else i
    return ((lo * 73856093) ^ (hi * 19349663) ^ salt) % 10007 + 1


@cython.boundscheck(False)
cdef (int, long long) cheapest(int n, const char *in_tree, const long long *best) noexcept nogil:
    cdef int v, pick = -1
    cdef long long cost = -1
    for v in range(n):
        if not in_tree[v] and best[v] >= 0 and (pick < 0 or best[v] < cost):
            pick = v
            cost = best[v]
    return (pick, cost)


@cython_benchmark(args=(450, 1009))
@cython.boundscheck(False)
@cython.wraparound(False)
def prim_mst_dense_matrix(int n, long long salt):
    """Return (tree weight, heaviest tree edge, degree of vertex 0, parent checksum)."""
    if n <= 0:
        return (0, 0, 0, 0)
    cdef char *in_tree = <char *>malloc(n)
    cdef long long *best = <long long *>malloc(n * sizeof(long long))
    cdef int *parent = <int *>malloc(n * sizeof(int))
    cdef long long total = 0, heaviest = 0, cost, w, checksum = 0
    cdef int step, u, v, root_degree = 0
    try:
        with nogil:
            for v in range(n):
                in_tree[v] = 0
                best[v] = -1
                parent[v] = -1
            best[0] = 0
            for step in range(n):
                u, cost = cheapest(n, in_tree, best)
                in_tree[u] = 1
                total += cost
                if cost > heaviest:
                    heaviest = cost
                for v in range(n):
                    if not in_tree[v]:
                        w = edge_weight(u, v, salt)
                        if best[v] < 0 or w < best[v]:
                            best[v] = w
                            parent[v] = u
            for v in range(n):
                if parent[v] == 0:
                    root_degree += 1
                if parent[v] >= 0:
                    checksum = (checksum + <long long>v * parent[v]) % 1000000007
    finally:
        free(in_tree); free(best); free(parent)
    return (total, heaviest, root_degree, checksum)
