# distutils: language = c++
# cython: language_level=3
"""Local girth of every bit node in the Tanner graph of a random LDPC code — C++ vectors and a reusable BFS workspace.

Adjacency is a std::vector of std::vector<int>; each search reuses flat dist/branch
arrays and a C array queue, resetting only the entries it touched (a touched-list)
instead of allocating dictionaries per root, and the histogram is a std::map.

Keywords: coding theory, LDPC, Tanner graph, girth, short cycles, breadth-first search, bipartite graph
"""

import cython
from libcpp.vector cimport vector
from libcpp.map cimport map as cmap
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef int local_girth(vector[vector[int]] &adj, int root, int *dist, int *branch, int *queue) noexcept nogil:
    cdef int head = 0, tail = 0, best = 0, u, w, length, k, deg, bu
    dist[root] = 0
    branch[root] = -1
    queue[tail] = root
    tail += 1
    while head < tail:
        u = queue[head]
        head += 1
        if best and 2 * dist[u] >= best:
            break
        bu = branch[u]
        deg = <int>adj[u].size()
        for k in range(deg):
            w = adj[u][k]
            if dist[w] < 0:
                dist[w] = dist[u] + 1
                branch[w] = w if u == root else bu
                queue[tail] = w
                tail += 1
            elif u != root and w != root and branch[w] != bu:
                length = dist[u] + dist[w] + 1
                if best == 0 or length < best:
                    best = length
    # every node ever reached sits in queue[0:tail]; clear just those
    for k in range(tail):
        dist[queue[k]] = -1
    return best


@cython_benchmark(args=(3500, 1750, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def tanner_graph_local_girth(int n, int m, long long seed):
    """Return (girth, sorted (local girth, count) pairs, checksum of local girths)."""
    if n == 0 or m == 0:
        return 0, [], 0
    cdef vector[vector[int]] adj
    adj.resize(n + m)
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int chosen[3]
    cdef int need = 3 if m >= 3 else m
    cdef int v, c, k, got, dup, g, girth = 0
    for v in range(n):
        got = 0
        while got < need:
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            c = <int>((state >> 16) % <unsigned long long>m)
            dup = 0
            for k in range(got):
                if chosen[k] == c:
                    dup = 1
            if not dup:
                chosen[got] = c
                got += 1
        for k in range(got):
            adj[v].push_back(n + chosen[k])
            adj[n + chosen[k]].push_back(v)
    cdef int *dist = <int *>malloc((n + m) * sizeof(int))
    cdef int *branch = <int *>malloc((n + m) * sizeof(int))
    cdef int *queue = <int *>malloc((n + m) * sizeof(int))
    cdef cmap[int, int] histogram
    cdef long long checksum = 0
    try:
        for v in range(n + m):
            dist[v] = -1
        with nogil:
            for v in range(n):
                g = local_girth(adj, v, dist, branch, queue)
                histogram[g] += 1
                if g and (girth == 0 or g < girth):
                    girth = g
                checksum = (checksum * 13 + g) % 1000000007
    finally:
        free(dist)
        free(branch)
        free(queue)
    return girth, [(p.first, p.second) for p in histogram], checksum
