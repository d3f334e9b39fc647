# cython: language_level=3
"""Complete-linkage clustering on a dense C distance matrix with per-row minima.

The pairwise distances live in an n x n long long matrix. Each active row caches its
nearest partner among higher ids, so finding the globally closest pair scans n cached
minima instead of every pair; after a merge only the rows whose cached partner changed
are rescanned. Ties resolve to the lowest (a, b) pair exactly as in the plain version.

Keywords: hierarchical clustering, complete linkage, distance matrix, cached minima, malloc
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void rescan(int a, int n, long long *D, char *alive, int *nn, long long *nd) noexcept nogil:
    cdef int c, best = -1
    cdef long long bd = 0
    for c in range(a + 1, n):
        if alive[c] and (best < 0 or D[a * n + c] < bd):
            bd = D[a * n + c]
            best = c
    nn[a] = best
    nd[a] = bd


@cython_benchmark(args=(180,))
@cython.boundscheck(False)
@cython.wraparound(False)
def complete_linkage_agglomerative(int n):
    """Cluster n generated points bottom-up; return (heights, merges, sizes at k=3)."""
    if n <= 0:
        return [], [], []
    cdef long long *D = <long long *> malloc(n * n * sizeof(long long))
    cdef int *px = <int *> malloc(n * sizeof(int))
    cdef int *py = <int *> malloc(n * sizeof(int))
    cdef char *alive = <char *> malloc(n)
    cdef int *size = <int *> malloc(n * sizeof(int))
    cdef int *nn = <int *> malloc(n * sizeof(int))
    cdef long long *nd = <long long *> malloc(n * sizeof(long long))
    cdef long long *hts = <long long *> malloc(n * sizeof(long long))
    cdef int *ma = <int *> malloc(n * sizeof(int))
    cdef int *mb = <int *> malloc(n * sizeof(int))
    cdef long long state = 4711, dx, dy, h, v
    cdef int i, j, a, b, c, step
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            px[i] = (i * 7) % 5 * 200 + <int> (state % 150)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            py[i] = (i % 2) * 300 + <int> (state % 150)
            alive[i] = 1
            size[i] = 1
        with nogil:
            for i in range(n):
                for j in range(n):
                    dx = px[i] - px[j]
                    dy = py[i] - py[j]
                    D[i * n + j] = dx * dx + dy * dy
            for i in range(n):
                rescan(i, n, D, alive, nn, nd)
            for step in range(n - 1):
                a = -1
                for i in range(n):
                    if alive[i] and nn[i] >= 0 and (a < 0 or nd[i] < nd[a]):
                        a = i
                b = nn[a]
                hts[step] = nd[a]
                ma[step] = a
                mb[step] = b
                alive[b] = 0
                size[a] += size[b]
                for c in range(n):
                    if alive[c] and c != a:
                        v = D[a * n + c] if D[a * n + c] > D[b * n + c] else D[b * n + c]
                        D[a * n + c] = v
                        D[c * n + a] = v
                for c in range(n):
                    if alive[c] and (c == a or nn[c] == a or nn[c] == b):
                        rescan(c, n, D, alive, nn, nd)
        heights = [hts[i] for i in range(n - 1)]
        merges = [(ma[i], mb[i]) for i in range(n - 1)]
        sizes = []
        if n <= 3:
            sizes = sorted([1] * n, reverse=True)
        else:
            # replay merges to recover the partition with three clusters
            for i in range(n):
                size[i] = 1
                alive[i] = 1
            for i in range(n - 3):
                size[ma[i]] += size[mb[i]]
                alive[mb[i]] = 0
            sizes = sorted([size[i] for i in range(n) if alive[i]], reverse=True)
        return heights, merges, sizes
    finally:
        free(D); free(px); free(py); free(alive); free(size); free(nn); free(nd)
        free(hts); free(ma); free(mb)
