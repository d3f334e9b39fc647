# cython: language_level=3
"""Dijkstra on a CSR graph with a hand-written binary heap of C structs.

Edges are packed into compressed-sparse-row arrays; the priority queue is a malloc'd
array of ``HeapItem`` structs sifted by inline cdef functions, and distances are
``long long`` so no Python objects are touched inside the main loop.

Keywords: graph, dijkstra, shortest path, heap, priority queue, sparse graph
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct HeapItem:
    long long dist
    int node


@cython.boundscheck(False)
cdef inline void heap_push(HeapItem *heap, Py_ssize_t *size, long long d, int node) noexcept nogil:
    cdef Py_ssize_t i = size[0]
    cdef Py_ssize_t parent
    size[0] = i + 1
    while i > 0:
        parent = (i - 1) >> 1
        if heap[parent].dist <= d:
            break
        heap[i] = heap[parent]
        i = parent
    heap[i].dist = d
    heap[i].node = node


@cython.boundscheck(False)
cdef inline HeapItem heap_pop(HeapItem *heap, Py_ssize_t *size) noexcept nogil:
    cdef HeapItem top = heap[0]
    cdef Py_ssize_t n = size[0] - 1
    cdef HeapItem last = heap[n]
    cdef Py_ssize_t i = 0, child
    size[0] = n
    while True:
        child = 2 * i + 1
        if child >= n:
            break
        if child + 1 < n and heap[child + 1].dist < heap[child].dist:
            child += 1
        if heap[child].dist >= last.dist:
            break
        heap[i] = heap[child]
        i = child
    if n > 0:
        heap[i] = last
    return top


@cython_benchmark(args=(20000, 90000, 42))
@cython.boundscheck(False)
@cython.wraparound(False)
def dijkstra_sparse_heap(int n, int m, long long seed):
    """Return (reached nodes, max distance, distance sum, distance to node n-1 or -1)."""
    if n <= 0:
        return (0, 0, 0, -1)
    cdef int *eu = <int *>malloc((m + 1) * sizeof(int))
    cdef int *ev = <int *>malloc((m + 1) * sizeof(int))
    cdef int *ew = <int *>malloc((m + 1) * sizeof(int))
    cdef int *start = <int *>calloc(n + 1, sizeof(int))
    cdef int *to = <int *>malloc((m + 1) * sizeof(int))
    cdef int *wt = <int *>malloc((m + 1) * sizeof(int))
    cdef long long *dist = <long long *>malloc(n * sizeof(long long))
    cdef char *done = <char *>calloc(n, 1)
    cdef HeapItem *heap = <HeapItem *>malloc((m + 2) * sizeof(HeapItem))
    cdef long long state = seed & 0x7FFFFFFF
    cdef Py_ssize_t hsize = 0
    cdef int i, u, v, k
    cdef long long nd, dmax = 0, dsum = 0, reached = 0, last
    cdef HeapItem item
    try:
        for i in range(m):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            eu[i] = <int>((state >> 4) % n)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            ev[i] = <int>((state >> 4) % n)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            ew[i] = <int>(1 + (state >> 4) % 1000)
            start[eu[i] + 1] += 1
        for i in range(n):
            start[i + 1] += start[i]
            dist[i] = -1
        for i in range(m):
            k = start[eu[i]]
            to[k] = ev[i]
            wt[k] = ew[i]
            start[eu[i]] = k + 1
        for i in range(n, 0, -1):
            start[i] = start[i - 1]
        start[0] = 0
        with nogil:
            dist[0] = 0
            heap_push(heap, &hsize, 0, 0)
            while hsize > 0:
                item = heap_pop(heap, &hsize)
                u = item.node
                if done[u]:
                    continue
                done[u] = 1
                for k in range(start[u], start[u + 1]):
                    v = to[k]
                    nd = item.dist + wt[k]
                    if dist[v] < 0 or nd < dist[v]:
                        dist[v] = nd
                        heap_push(heap, &hsize, nd, v)
        for i in range(n):
            if dist[i] >= 0:
                reached += 1
                dsum += dist[i]
                if dist[i] > dmax:
                    dmax = dist[i]
        last = dist[n - 1]
    finally:
        free(eu); free(ev); free(ew); free(start); free(to); free(wt)
        free(dist); free(done); free(heap)
    return (reached, dmax, dsum, last)
