# cython: language_level=3
"""Edmonds-Karp over a flat C capacity matrix with an array-based BFS queue.

The residual capacities are one malloc'd int matrix; each breadth-first search scans a
row pointer with C comparisons and records parents in an int array, and path
bottlenecks are found by walking that array, all without the GIL.

Keywords: graph, max flow, edmonds-karp, ford-fulkerson, bfs, min cut, network flow
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef bint augmenting_bfs(int *cap, int n, int *parent, int *queue) noexcept nogil:
    cdef int head = 0, tail = 1, u, v, sink = n - 1
    cdef int *row
    for v in range(n):
        parent[v] = -1
    parent[0] = 0
    queue[0] = 0
    while head < tail and parent[sink] == -1:
        u = queue[head]
        head += 1
        row = cap + <Py_ssize_t>u * n
        for v in range(n):
            if row[v] > 0 and parent[v] == -1:
                parent[v] = u
                queue[tail] = v
                tail += 1
    return parent[sink] != -1


@cython_benchmark(args=(360, 25, 29))
@cython.boundscheck(False)
@cython.wraparound(False)
def edmonds_karp_max_flow(int n, int edge_percent, long long seed):
    """Return (max flow from 0 to n-1, augmenting paths used, size of the min-cut source side)."""
    if n < 2:
        return (0, 0, max(n, 0))
    cdef int *cap = <int *>malloc(<Py_ssize_t>n * n * sizeof(int))
    cdef int *parent = <int *>malloc(n * sizeof(int))
    cdef int *queue = <int *>malloc(n * sizeof(int))
    cdef long long state = seed & 0x7FFFFFFF
    cdef int i, j, u, v, bottleneck, paths = 0, side = 0
    cdef long long flow = 0
    try:
        for i in range(n):
            for j in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                if i != j and (state >> 10) % 100 < edge_percent:
                    cap[i * n + j] = <int>(1 + (state >> 3) % 97)
                else:
                    cap[i * n + j] = 0
        with nogil:
            while augmenting_bfs(cap, n, parent, queue):
                v = n - 1
                bottleneck = 1 << 30
                while v != 0:
                    u = parent[v]
                    if cap[u * n + v] < bottleneck:
                        bottleneck = cap[u * n + v]
                    v = u
                v = n - 1
                while v != 0:
                    u = parent[v]
                    cap[u * n + v] -= bottleneck
                    cap[v * n + u] += bottleneck
                    v = u
                flow += bottleneck
                paths += 1
            for i in range(n):
                if parent[i] != -1:
                    side += 1
    finally:
        free(cap); free(parent); free(queue)
    return (flow, paths, side)
