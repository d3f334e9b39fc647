# cython: language_level=3
"""Dijkstra with an indexed binary heap in a cdef class over C arrays.

IndexedHeap keeps the heap array, each vertex's position and key in malloc'd arrays
(allocated in __cinit__, freed in __dealloc__), and the graph is stored in CSR form;
sift-up/down compare (key, vertex) pairs with plain C integer tests.

Keywords: indexed heap, decrease key, Dijkstra, priority queue, shortest paths
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef class IndexedHeap:
    cdef int *heap
    cdef int *pos
    cdef long *key
    cdef int size

    def __cinit__(self, int n):
        self.heap = <int *>malloc(n * sizeof(int))
        self.pos = <int *>malloc(n * sizeof(int))
        self.key = <long *>malloc(n * sizeof(long))
        if self.heap == NULL or self.pos == NULL or self.key == NULL:
            raise MemoryError()
        for i in range(n):
            self.pos[i] = -1
            self.key[i] = 0
        self.size = 0

    def __dealloc__(self):
        free(self.heap)
        free(self.pos)
        free(self.key)

    cdef inline bint less(self, int a, int b) noexcept:
        return self.key[a] < self.key[b] or (self.key[a] == self.key[b] and a < b)

    cdef inline void swap(self, int i, int j) noexcept:
        cdef int t = self.heap[i]
        self.heap[i] = self.heap[j]
        self.heap[j] = t
        self.pos[self.heap[i]] = i
        self.pos[self.heap[j]] = j

    cdef void up(self, int i) noexcept:
        cdef int parent
        while i > 0:
            parent = (i - 1) >> 1
            if not self.less(self.heap[i], self.heap[parent]):
                break
            self.swap(i, parent)
            i = parent

    cdef void down(self, int i) noexcept:
        cdef int best, child
        while True:
            best = i
            child = 2 * i + 1
            if child < self.size and self.less(self.heap[child], self.heap[best]):
                best = child
            child += 1
            if child < self.size and self.less(self.heap[child], self.heap[best]):
                best = child
            if best == i:
                return
            self.swap(i, best)
            i = best

    cdef bint push_or_decrease(self, int v, long k) noexcept:
        self.key[v] = k
        if self.pos[v] < 0:
            self.heap[self.size] = v
            self.pos[v] = self.size
            self.size += 1
            self.up(self.size - 1)
            return False
        self.up(self.pos[v])
        return True

    cdef int pop(self) noexcept:
        cdef int top = self.heap[0]
        self.swap(0, self.size - 1)
        self.size -= 1
        self.pos[top] = -2
        if self.size > 0:
            self.down(0)
        return top


@cython_benchmark(args=(10000, 6, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def indexed_heap_dijkstra(int n, int degree, long long seed):
    """Return (reachable, decrease-keys, distance checksum, farthest distance); n >= 1."""
    if n < 1:
        raise ValueError("n must be positive")
    cdef int deg = degree if degree > 0 else 0
    cdef long m = <long>n * deg
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int u, v, j, reached = 0
    cdef long e, d, w, far = 0
    cdef long long decreases = 0, checksum = 0
    cdef IndexedHeap heap = IndexedHeap(n)
    cdef int *target = <int *>malloc((m + 1) * sizeof(int))
    cdef long *weight = <long *>malloc((m + 1) * sizeof(long))
    cdef long *dist = <long *>malloc(n * sizeof(long))
    if target == NULL or weight == NULL or dist == NULL:
        free(target)
        free(weight)
        free(dist)
        raise MemoryError()
    try:
        for e in range(m):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            target[e] = <int>((state >> 4) % <unsigned long long>n)
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            weight[e] = 1 + <long>((state >> 4) % 100)
        for u in range(n):
            dist[u] = -1
        heap.push_or_decrease(0, 0)
        while heap.size > 0:
            u = heap.pop()
            d = heap.key[u]
            dist[u] = d
            for j in range(deg):
                e = <long>u * deg + j
                v = target[e]
                w = weight[e]
                if heap.pos[v] == -2:
                    continue
                if heap.pos[v] < 0 or d + w < heap.key[v]:
                    if heap.push_or_decrease(v, d + w):
                        decreases += 1
        for u in range(n):
            if dist[u] >= 0:
                reached += 1
                if dist[u] > far:
                    far = dist[u]
            checksum = (checksum * 31 + dist[u] + 1) % 1000000007
        return reached, decreases, checksum, far
    finally:
        free(target)
        free(weight)
        free(dist)
