# distutils: language = c++
# cython: language_level=3
"""Kahn's topological sort with C++ vectors and a priority_queue.

Adjacency is a ``vector[vector[int]]``, in-degrees a ``vector[int]`` and the ready set
a ``priority_queue`` holding negated vertex ids so the C++ max-heap pops the smallest
vertex first; the whole sort runs without the GIL.

Keywords: graph, topological sort, kahn, dag, heap, ordering
"""

import cython
from libcpp.vector cimport vector
from libcpp.queue cimport priority_queue

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(40000, 160000, 23))
@cython.boundscheck(False)
@cython.wraparound(False)
def topological_order_kahn(int n, int m, long long seed):
    """Return (order length, weighted checksum, first 8 vertices, last 8 vertices)."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef vector[int] rank = vector[int](n)
    cdef vector[vector[int]] adj = vector[vector[int]](n)
    cdef vector[int] indeg = vector[int](n, 0)
    cdef vector[int] order
    cdef priority_queue[int] ready
    cdef int i, j, a, b, t, v, w, edges
    cdef size_t k
    cdef long long checksum = 0
    for i in range(n):
        rank[i] = i
    for i in range(n - 1, 0, -1):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        j = <int>((state >> 4) % (i + 1))
        t = rank[i]; rank[i] = rank[j]; rank[j] = t
    edges = m if n > 1 else 0
    for i in range(edges):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = <int>((state >> 4) % n)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        b = <int>((state >> 4) % n)
        if rank[a] == rank[b]:
            continue
        if rank[a] > rank[b]:
            a, b = b, a
        adj[a].push_back(b)
        indeg[b] += 1
    with nogil:
        order.reserve(n)
        for v in range(n):
            if indeg[v] == 0:
                ready.push(-v)
        while not ready.empty():
            v = -ready.top()
            ready.pop()
            order.push_back(v)
            for k in range(adj[v].size()):
                w = adj[v][k]
                indeg[w] -= 1
                if indeg[w] == 0:
                    ready.push(-w)
        for k in range(order.size()):
            checksum = (checksum + <long long>(k + 1) * order[k]) % 1000000007
    cdef int cnt = <int>order.size()
    first = [order[k] for k in range(min(cnt, 8))]
    last = [order[k] for k in range(max(cnt - 8, 0), cnt)]
    return (cnt, checksum, first, last)
