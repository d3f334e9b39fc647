# cython: language_level=3
"""Bipartite check with an extension-type graph and a derived colouring class.

``CsrGraph`` owns the compressed adjacency arrays (allocated in ``__cinit__``, freed in
``__dealloc__``); ``TwoColoring`` inherits it, adds the colour and queue arrays and
colours one component per call, returning a C tuple (size, is_bipartite).

Keywords: graph, bipartite, two coloring, bfs, connected components, odd cycle
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef class CsrGraph:
    cdef int n
    cdef int m
    cdef int *start
    cdef int *nbr

    def __cinit__(self, int n, int m):
        self.n = n
        self.m = m
        self.start = <int *>calloc(n + 1, sizeof(int))
        self.nbr = <int *>malloc((2 * m + 1) * sizeof(int))
        if self.start == NULL or self.nbr == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.start)
        free(self.nbr)

    @cython.boundscheck(False)
    cdef void fill(self, const int *eu, const int *ev) noexcept:
        cdef int i, k
        for i in range(self.m):
            self.start[eu[i] + 1] += 1
            self.start[ev[i] + 1] += 1
        for i in range(self.n):
            self.start[i + 1] += self.start[i]
        for i in range(self.m):
            k = self.start[eu[i]]
            self.nbr[k] = ev[i]
            self.start[eu[i]] = k + 1
            k = self.start[ev[i]]
            self.nbr[k] = eu[i]
            self.start[ev[i]] = k + 1
        for i in range(self.n, 0, -1):
            self.start[i] = self.start[i - 1]
        self.start[0] = 0


cdef class TwoColoring(CsrGraph):
    cdef signed char *color
    cdef int *queue

    def __cinit__(self, int n, int m):
        self.color = <signed char *>malloc(n + 1)
        self.queue = <int *>malloc((n + 1) * sizeof(int))
        if self.color == NULL or self.queue == NULL:
            raise MemoryError()
        cdef int i
        for i in range(n):
            self.color[i] = -1

    def __dealloc__(self):
        free(self.color)
        free(self.queue)

    @cython.boundscheck(False)
    cdef (int, bint) color_component(self, int s) noexcept:
        cdef int head = 0, tail = 1, v, w, k
        cdef bint ok = True
        self.color[s] = 0
        self.queue[0] = s
        while head < tail:
            v = self.queue[head]
            head += 1
            for k in range(self.start[v], self.start[v + 1]):
                w = self.nbr[k]
                if self.color[w] == -1:
                    self.color[w] = 1 - self.color[v]
                    self.queue[tail] = w
                    tail += 1
                elif self.color[w] == self.color[v]:
                    ok = False
        return (tail, ok)


@cython_benchmark(args=(120000, 70000, 31))
@cython.boundscheck(False)
@cython.wraparound(False)
def bipartite_two_coloring(int n, int m, long long seed):
    """Return (components, bipartite components, largest component, vertices coloured 1)."""
    if n <= 0:
        return (0, 0, 0, 0)
    cdef TwoColoring g = TwoColoring(n, m)
    cdef int *eu = <int *>malloc((m + 1) * sizeof(int))
    cdef int *ev = <int *>malloc((m + 1) * sizeof(int))
    cdef long long state = seed & 0x7FFFFFFF
    cdef int i, s, size, components = 0, bipartite = 0, largest = 0, ones = 0
    cdef bint ok
    try:
        for i in range(m):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            eu[i] = <int>((state >> 6) % n)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            ev[i] = <int>((state >> 6) % n)
        g.fill(eu, ev)
    finally:
        free(eu); free(ev)
    for s in range(n):
        if g.color[s] != -1:
            continue
        components += 1
        size, ok = g.color_component(s)
        if ok:
            bipartite += 1
        if size > largest:
            largest = size
    for i in range(n):
        ones += g.color[i]
    return (components, bipartite, largest, ones)
