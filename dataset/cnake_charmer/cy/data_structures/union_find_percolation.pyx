# cython: language_level=3
"""Percolation with a union-find extension type over C int arrays.

UnionFind is a cdef class whose parent and size arrays are malloc'd in __cinit__
and freed in __dealloc__; find (path halving) and union (by size) are inline cdef
methods, so each merge is a few array reads rather than Python method calls.

Keywords: union-find, disjoint set, percolation, path compression, connectivity
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef class UnionFind:
    cdef int *parent
    cdef int *size
    cdef int components

    def __cinit__(self, int n):
        self.parent = <int *>malloc(n * sizeof(int))
        self.size = <int *>malloc(n * sizeof(int))
        if self.parent == NULL or self.size == NULL:
            raise MemoryError()
        for i in range(n):
            self.parent[i] = i
            self.size[i] = 1
        self.components = n

    def __dealloc__(self):
        free(self.parent)
        free(self.size)

    cdef inline int find(self, int x) noexcept:
        cdef int *parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    cdef inline void union(self, int a, int b) noexcept:
        cdef int ra = self.find(a), rb = self.find(b), tmp
        if ra == rb:
            return
        if self.size[ra] < self.size[rb]:
            tmp = ra
            ra = rb
            rb = tmp
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        self.components -= 1


@cython_benchmark(args=(200, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
def union_find_percolation(int side, long long seed):
    """Return (cells open when percolating or -1, open components then, largest final component)."""
    if side <= 0:
        return -1, 0, 0
    cdef int n = side * side
    cdef int i, j, tmp, cell, r, c, opened = 0, percolated_at = -1, comps_then = 0, largest = 0, s
    cdef int top = n, bottom = n + 1
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef UnionFind ds = UnionFind(n + 2)
    cdef int *order = <int *>malloc(n * sizeof(int))
    cdef char *is_open = <char *>calloc(n, 1)
    if order == NULL or is_open == NULL:
        free(order)
        free(is_open)
        raise MemoryError()
    try:
        for i in range(n):
            order[i] = i
        for i in range(n - 1, 0, -1):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            j = <int>(state % <unsigned long long>(i + 1))
            tmp = order[i]
            order[i] = order[j]
            order[j] = tmp
        for i in range(n):
            cell = order[i]
            is_open[cell] = 1
            opened += 1
            r = cell // side
            c = cell % side
            if r == 0:
                ds.union(cell, top)
            if r == side - 1:
                ds.union(cell, bottom)
            if r > 0 and is_open[cell - side]:
                ds.union(cell, cell - side)
            if r < side - 1 and is_open[cell + side]:
                ds.union(cell, cell + side)
            if c > 0 and is_open[cell - 1]:
                ds.union(cell, cell - 1)
            if c < side - 1 and is_open[cell + 1]:
                ds.union(cell, cell + 1)
            if percolated_at < 0 and ds.find(top) == ds.find(bottom):
                percolated_at = opened
                comps_then = ds.components - (n - opened)
        for i in range(n):
            s = ds.size[ds.find(i)]
            if s > largest:
                largest = s
        return percolated_at, comps_then, largest
    finally:
        free(order)
        free(is_open)
