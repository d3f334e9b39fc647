# cython: language_level=3
"""UPGMA with a flat C distance matrix and per-row nearest-neighbour caching.

Distances sit in a malloc'd (2n-1) x (2n-1) ``double`` matrix indexed by cluster id.
Each active cluster caches its closest higher-numbered partner, so picking the next
pair is one pass over the rows instead of over all pairs; after a merge only rows whose
cached partner disappeared are rescanned. Clusters are described by a C struct array;
only the Newick labels stay Python strings.

Keywords: bioinformatics, phylogenetics, upgma, hierarchical clustering, newick, distance matrix
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport INFINITY

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Cluster:
    int size
    double height
    bint active
    double best_d
    int best_b


cdef void _rescan(double *dist, Cluster *cl, int stride, int x, int top) noexcept nogil:
    cdef int y
    cdef double d
    cl[x].best_d = INFINITY
    cl[x].best_b = -1
    for y in range(x + 1, top):
        if cl[y].active:
            d = dist[x * stride + y]
            if d < cl[x].best_d:
                cl[x].best_d = d
                cl[x].best_b = y


@cython_benchmark(args=(250, 41))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def upgma_tree_newick(int n, long long seed):
    """Return (Newick string, first 8 merge heights, root height, (left size, right size) at the root)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int total = 2 * n - 1 if n > 0 else 0
    cdef int *px = <int *>malloc((n + 1) * sizeof(int))
    cdef int *py = <int *>malloc((n + 1) * sizeof(int))
    cdef double *dist = <double *>malloc((<size_t>total * total + 1) * sizeof(double))
    cdef Cluster *cl = <Cluster *>malloc((total + 1) * sizeof(Cluster))
    cdef int i, j, a, b, x, c, size_a, size_b, split_a = 0, split_b = 0
    cdef double best, height, dn
    cdef list names = []
    cdef list heights = []
    try:
        if px == NULL or py == NULL or dist == NULL or cl == NULL:
            raise MemoryError()
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            px[i] = (state >> 16) % 200
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            py[i] = (state >> 16) % 200
        for i in range(n):
            names.append(f"T{i}")
            cl[i].size = 1
            cl[i].height = 0.0
            cl[i].active = True
            for j in range(n):
                dist[i * total + j] = <double>(abs(px[i] - px[j]) + abs(py[i] - py[j]))
        for i in range(n):
            _rescan(dist, cl, total, i, n)
        for c in range(n, total):
            with nogil:
                best = INFINITY
                a = -1
                for x in range(c):
                    if cl[x].active and cl[x].best_d < best:
                        best = cl[x].best_d
                        a = x
                b = cl[a].best_b
                height = best / 2
                size_a = cl[a].size
                size_b = cl[b].size
                cl[a].active = False
                cl[b].active = False
                cl[c].size = size_a + size_b
                cl[c].height = height
                cl[c].active = True
                cl[c].best_d = INFINITY
                cl[c].best_b = -1
                for x in range(c):
                    if cl[x].active:
                        dn = (dist[x * total + a] * size_a + dist[x * total + b] * size_b) / (size_a + size_b)
                        dist[x * total + c] = dn
                        dist[c * total + x] = dn
                for x in range(c):
                    if cl[x].active:
                        if cl[x].best_b == a or cl[x].best_b == b:
                            _rescan(dist, cl, total, x, c + 1)
                        elif dist[x * total + c] < cl[x].best_d:
                            cl[x].best_d = dist[x * total + c]
                            cl[x].best_b = c
            names.append(f"({names[a]}:{height - cl[a].height:.2f},{names[b]}:{height - cl[b].height:.2f})")
            heights.append(height)
            split_a = size_a
            split_b = size_b
        if n == 0:
            return ("", [], 0.0, (0, 0))
        return (names[total - 1] + ";", heights[:8], cl[total - 1].height, (split_a, split_b))
    finally:
        free(px)
        free(py)
        free(dist)
        free(cl)
