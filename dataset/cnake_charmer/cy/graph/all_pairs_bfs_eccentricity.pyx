# distutils: language = c++
# cython: language_level=3
"""Repeated BFS with C++ adjacency vectors and a stamped visit array.

Edges are de-duplicated through a byte matrix, adjacency is a ``vector[vector[int]]``
and each BFS reuses one distance array, distinguishing fresh searches with a stamp
array instead of clearing, so n searches cost no allocations.

Keywords: graph, eccentricity, diameter, radius, center, all pairs bfs, unweighted
"""

import cython
from libcpp.vector cimport vector
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef int eccentricity(vector[vector[int]] &adj, int s, int *stamp, int *dist, int *queue) noexcept nogil:
    cdef int head = 0, tail = 1, v, w, d, far = 0
    cdef size_t k
    stamp[s] = s
    dist[s] = 0
    queue[0] = s
    while head < tail:
        v = queue[head]
        head += 1
        d = dist[v] + 1
        for k in range(adj[v].size()):
            w = adj[v][k]
            if stamp[w] != s:
                stamp[w] = s
                dist[w] = d
                far = d
                queue[tail] = w
                tail += 1
    return far


@cython_benchmark(args=(700, 1100, 37))
@cython.boundscheck(False)
@cython.wraparound(False)
def all_pairs_bfs_eccentricity(int n, int m, long long seed):
    """Return (diameter, radius, number of centre vertices, eccentricity sum)."""
    if n <= 0:
        return (0, 0, 0, 0)
    cdef vector[vector[int]] adj = vector[vector[int]](n)
    cdef char *seen = <char *>calloc(<Py_ssize_t>n * n, 1)
    cdef int *stamp = <int *>malloc(n * sizeof(int))
    cdef int *dist = <int *>malloc(n * sizeof(int))
    cdef int *queue = <int *>malloc(n * sizeof(int))
    cdef long long state = seed & 0x7FFFFFFF
    cdef int i, u, v, e, diameter = 0, radius = -1, centres = 0
    cdef long long total = 0
    try:
        for i in range(m):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            u = <int>((state >> 8) % n)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            v = <int>((state >> 8) % n)
            if u != v and not seen[<Py_ssize_t>u * n + v]:
                seen[<Py_ssize_t>u * n + v] = 1
                seen[<Py_ssize_t>v * n + u] = 1
                adj[u].push_back(v)
                adj[v].push_back(u)
        for i in range(n):
            stamp[i] = -1
        with nogil:
            for i in range(n):
                e = eccentricity(adj, i, stamp, dist, queue)
                if e <= 0:
                    continue
                total += e
                if e > diameter:
                    diameter = e
                if radius < 0 or e < radius:
                    radius = e
                    centres = 1
                elif e == radius:
                    centres += 1
    finally:
        free(seen); free(stamp); free(dist); free(queue)
    if radius < 0:
        return (0, 0, 0, 0)
    return (diameter, radius, centres, total)
