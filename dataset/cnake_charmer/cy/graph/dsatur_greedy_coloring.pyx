# cython: language_level=3
"""DSatur colouring with an adjacency-matrix base class and a derived colouring class.

``DenseGraph`` owns a byte adjacency matrix and degree array; ``DsaturColoring``
extends it with a vertex-by-colour byte table that turns the saturation update into an
O(1) test, so each step is a linear scan over C arrays instead of set operations.

Keywords: graph, coloring, dsatur, greedy, saturation degree, chromatic number
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef class DenseGraph:
    cdef int n
    cdef unsigned char *matrix
    cdef int *degree

    def __cinit__(self, int n):
        self.n = n
        self.matrix = <unsigned char *>calloc(<Py_ssize_t>n * n + 1, 1)
        self.degree = <int *>calloc(n + 1, sizeof(int))
        if self.matrix == NULL or self.degree == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.matrix)
        free(self.degree)

    cdef inline void connect(self, int i, int j) noexcept:
        self.matrix[<Py_ssize_t>i * self.n + j] = 1
        self.matrix[<Py_ssize_t>j * self.n + i] = 1
        self.degree[i] += 1
        self.degree[j] += 1


cdef class DsaturColoring(DenseGraph):
    cdef int *color
    cdef int *saturation
    cdef unsigned char *seen

    def __cinit__(self, int n):
        self.color = <int *>malloc((n + 1) * sizeof(int))
        self.saturation = <int *>calloc(n + 1, sizeof(int))
        self.seen = <unsigned char *>calloc(<Py_ssize_t>n * (n + 1) + 1, 1)
        if self.color == NULL or self.saturation == NULL or self.seen == NULL:
            raise MemoryError()
        cdef int i
        for i in range(n):
            self.color[i] = -1

    def __dealloc__(self):
        free(self.color)
        free(self.saturation)
        free(self.seen)

    @cython.boundscheck(False)
    cdef int run(self) noexcept:
        cdef int n = self.n, step, v, w, c, pick, used = 0
        cdef unsigned char *row
        cdef unsigned char *mine
        for step in range(n):
            pick = -1
            for v in range(n):
                if self.color[v] >= 0:
                    continue
                if (pick < 0 or self.saturation[v] > self.saturation[pick]
                        or (self.saturation[v] == self.saturation[pick]
                            and self.degree[v] > self.degree[pick])):
                    pick = v
            mine = self.seen + <Py_ssize_t>pick * (n + 1)
            c = 0
            while mine[c]:
                c += 1
            self.color[pick] = c
            if c + 1 > used:
                used = c + 1
            row = self.matrix + <Py_ssize_t>pick * n
            for w in range(n):
                if row[w] and not self.seen[<Py_ssize_t>w * (n + 1) + c]:
                    self.seen[<Py_ssize_t>w * (n + 1) + c] = 1
                    self.saturation[w] += 1
        return used


@cython_benchmark(args=(800, 6, 83))
@cython.boundscheck(False)
@cython.wraparound(False)
def dsatur_greedy_coloring(int n, int edge_percent, long long seed):
    """Return (colours used, size of each colour class, checksum of vertex colours)."""
    if n <= 0:
        return (0, [], 0)
    cdef DsaturColoring g = DsaturColoring(n)
    cdef long long state = seed & 0x7FFFFFFF, checksum = 0
    cdef int i, j, used
    for i in range(n):
        for j in range(i + 1, n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if (state >> 11) % 100 < edge_percent:
                g.connect(i, j)
    used = g.run()
    sizes = [0] * used
    for i in range(n):
        sizes[g.color[i]] += 1
        checksum += <long long>(i + 1) * (g.color[i] + 1)
    return (used, sizes, checksum % 1000000007)
