# cython: language_level=3
"""DAG longest path with incoming edges packed into C arrays.

Incoming edges are grouped by head vertex in compressed rows holding (tail, weight)
structs; the relaxation sweep over vertices runs in a nogil loop on ``long long``
path lengths and an int predecessor array.

Keywords: graph, dag, longest path, critical path, topological order, scheduling
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct InEdge:
    int tail
    int weight


@cython_benchmark(args=(20000, 60000, 47))
@cython.boundscheck(False)
@cython.wraparound(False)
def dag_longest_weighted_path(int n, int m, long long seed):
    """Return (longest length, end vertex, edges on the path, last 6 path vertices)."""
    if n <= 0:
        return (0, -1, 0, [])
    cdef int *head = <int *>malloc((m + 1) * sizeof(int))
    cdef InEdge *raw = <InEdge *>malloc((m + 1) * sizeof(InEdge))
    cdef InEdge *packed = <InEdge *>malloc((m + 1) * sizeof(InEdge))
    cdef int *start = <int *>calloc(n + 1, sizeof(int))
    cdef long long *best = <long long *>calloc(n, sizeof(long long))
    cdef int *pred = <int *>malloc(n * sizeof(int))
    cdef long long state = seed & 0x7FFFFFFF
    cdef int i, a, b, w, k, v, u, end = 0, edges = 0, length
    cdef long long cand
    try:
        for i in range(m):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            a = <int>((state >> 6) % n)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            b = <int>((state >> 6) % n)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            w = <int>(1 + (state >> 6) % 250)
            if a == b:
                continue
            if a > b:
                a, b = b, a
            head[edges] = b
            raw[edges].tail = a
            raw[edges].weight = w
            start[b + 1] += 1
            edges += 1
        with nogil:
            for v in range(n):
                start[v + 1] += start[v]
                pred[v] = -1
            for i in range(edges):
                k = start[head[i]]
                packed[k] = raw[i]
                start[head[i]] = k + 1
            for v in range(n, 0, -1):
                start[v] = start[v - 1]
            start[0] = 0
            for v in range(n):
                for k in range(start[v], start[v + 1]):
                    u = packed[k].tail
                    cand = best[u] + packed[k].weight
                    if cand > best[v]:
                        best[v] = cand
                        pred[v] = u
            for v in range(n):
                if best[v] > best[end]:
                    end = v
        path = [end]
        v = end
        while pred[v] != -1:
            v = pred[v]
            path.append(v)
        path.reverse()
        result = (best[end], end, len(path) - 1, path[max(0, len(path) - 6):])
    finally:
        free(head); free(raw); free(packed); free(start); free(best); free(pred)
    return result
