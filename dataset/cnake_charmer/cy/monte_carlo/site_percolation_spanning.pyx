# cython: language_level=3
"""Site percolation with a cdef-class union-find exposing special methods.

The union-find is an extension type holding C arrays (parent, size) with
``__len__`` reporting the number of components and ``__getitem__`` returning a site's
root; ``find`` and ``union`` are cdef methods, and top/bottom spanning is tested by
stamping root labels in a C array instead of building Python sets.

Keywords: monte carlo, percolation, union find, clusters, phase transition
"""

cimport cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef class DisjointSets:
    cdef int *parent
    cdef int *size
    cdef int n
    cdef int components

    def __cinit__(self, int n):
        self.n = n
        self.parent = <int *>malloc((n if n > 0 else 1) * sizeof(int))
        self.size = <int *>malloc((n if n > 0 else 1) * sizeof(int))
        if self.parent == NULL or self.size == NULL:
            raise MemoryError()
        self.reset(0)

    def __dealloc__(self):
        free(self.parent)
        free(self.size)

    cdef void reset(self, int components) noexcept:
        cdef int i
        for i in range(self.n):
            self.parent[i] = i
            self.size[i] = 1
        self.components = components

    @cython.boundscheck(False)
    cdef int find(self, int a) noexcept:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    cdef void union(self, int a, int b) noexcept:
        cdef int ra = self.find(a), rb = self.find(b), t
        if ra == rb:
            return
        if self.size[ra] < self.size[rb]:
            t = ra; ra = rb; rb = t
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        self.components -= 1

    def __len__(self):
        return self.components

    def __getitem__(self, int a):
        return self.find(a)


@cython_benchmark(args=(150, 30, 0.593, 12))
def site_percolation_spanning(int trials, int size, double p, long seed):
    """Return (spanning trials, largest cluster of last trial, clusters of last trial)."""
    cdef int n = size * size if size > 0 else 0
    cdef DisjointSets uf = DisjointSets(n)
    cdef unsigned char *is_open = <unsigned char *>malloc(n + 1)
    cdef int *mark = <int *>malloc((n + 1) * sizeof(int))
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int t, r, c, k, opened, root, spanning = 0, largest = 0, clusters = 0
    if is_open == NULL or mark == NULL:
        free(is_open); free(mark)
        raise MemoryError()
    try:
        for t in range(trials):
            opened = 0
            for k in range(n):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                is_open[k] = <double>state / 2147483648.0 < p
                opened += is_open[k]
                mark[k] = -1
            uf.reset(opened)
            for r in range(size):
                for c in range(size):
                    k = r * size + c
                    if not is_open[k]:
                        continue
                    if c + 1 < size and is_open[k + 1]:
                        uf.union(k, k + 1)
                    if r + 1 < size and is_open[k + size]:
                        uf.union(k, k + size)
            for c in range(size):
                if is_open[c]:
                    mark[uf.find(c)] = t
            for c in range(size):
                k = (size - 1) * size + c
                if is_open[k] and mark[uf.find(k)] == t:
                    spanning += 1
                    break
            clusters = len(uf)
            largest = 0
            for k in range(n):
                if is_open[k]:
                    root = uf[k]
                    if uf.size[root] > largest:
                        largest = uf.size[root]
    finally:
        free(is_open)
        free(mark)
    return spanning, largest, clusters
