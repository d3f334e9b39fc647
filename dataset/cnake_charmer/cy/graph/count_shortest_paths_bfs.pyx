# distutils: language = c++
# cython: language_level=3
"""Shortest-path counting BFS with C++ vectors for adjacency, levels and counts.

Adjacency is a ``vector[vector[int]]``; levels and path counts are flat vectors and the
BFS queue is a reserved vector read by a moving head index. Counts are reduced modulo
the prime with 64-bit integers, all inside a nogil block.

Keywords: graph, bfs, shortest path counting, levels, modular arithmetic, unweighted
"""

import cython
from libcpp.vector cimport vector

from cnake_charmer.benchmarks import cython_benchmark

ctypedef long long ll

cdef ll MOD = 1000000007


@cython_benchmark(args=(25000, 100000, 89))
@cython.boundscheck(False)
@cython.wraparound(False)
def count_shortest_paths_bfs(int n, int m, long long seed):
    """Return (reached, deepest level, checksum of counts, counts of the last 5 vertices)."""
    if n <= 0:
        return (0, 0, 0, [])
    cdef vector[vector[int]] adj = vector[vector[int]](n)
    cdef vector[int] level = vector[int](n, -1)
    cdef vector[ll] ways = vector[ll](n, 0)
    cdef vector[int] queue
    cdef long long state = seed & 0x7FFFFFFF, checksum = 0
    cdef int i, u, v, w, deepest = 0, reached = 0
    cdef size_t head = 0, k
    for i in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = <int>((state >> 9) % n)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        v = <int>((state >> 9) % n)
        if u != v:
            adj[u].push_back(v)
            adj[v].push_back(u)
    with nogil:
        queue.reserve(n)
        level[0] = 0
        ways[0] = 1
        queue.push_back(0)
        while head < queue.size():
            v = queue[head]
            head += 1
            for k in range(adj[v].size()):
                w = adj[v][k]
                if level[w] == -1:
                    level[w] = level[v] + 1
                    queue.push_back(w)
                if level[w] == level[v] + 1:
                    ways[w] = (ways[w] + ways[v]) % MOD
        for i in range(n):
            if level[i] >= 0:
                reached += 1
            if level[i] > deepest:
                deepest = level[i]
            checksum = (checksum + (i + 1) * ways[i]) % MOD
    return (reached, deepest, checksum, [ways[i] for i in range(max(0, n - 5), n)])
