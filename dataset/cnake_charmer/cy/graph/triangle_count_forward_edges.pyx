# cython: language_level=3
"""Triangle counting with sorted edge keys, forward CSR lists and a mark array.

Edge keys (low * n + high as ``long long``) are sorted with libc ``qsort`` and
de-duplicated, giving each vertex its higher-numbered neighbours in order. For every
vertex u the forward neighbours are marked, and each forward neighbour's own forward
list is scanned against the marks, so no sets are built.

Keywords: graph, triangle counting, clustering, set intersection, simple graph
"""

import cython
from libc.stdlib cimport malloc, calloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark


cdef int key_cmp(const void *a, const void *b) noexcept nogil:
    cdef long long x = (<const long long *>a)[0]
    cdef long long y = (<const long long *>b)[0]
    return (x > y) - (x < y)


@cython_benchmark(args=(5000, 45000, 41))
@cython.boundscheck(False)
@cython.wraparound(False)
def triangle_count_forward_edges(int n, int m, long long seed):
    """Return (triangles, most triangles at one vertex, vertices on some triangle)."""
    if n <= 0:
        return (0, 0, 0)
    cdef long long *keys = <long long *>malloc((m + 1) * sizeof(long long))
    cdef int *start = <int *>calloc(n + 1, sizeof(int))
    cdef int *fwd = <int *>malloc((m + 1) * sizeof(int))
    cdef int *mark = <int *>malloc(n * sizeof(int))
    cdef long long *count = <long long *>calloc(n, sizeof(long long))
    cdef long long state = seed & 0x7FFFFFFF
    cdef long long total = 0, best = 0, key
    cdef Py_ssize_t nkeys = 0, uniq = 0, i
    cdef int u, v, w, a, b, on = 0
    try:
        for i in range(m):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            u = <int>((state >> 5) % n)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            v = <int>((state >> 5) % n)
            if u == v:
                continue
            if u > v:
                u, v = v, u
            keys[nkeys] = <long long>u * n + v
            nkeys += 1
        with nogil:
            qsort(keys, nkeys, sizeof(long long), key_cmp)
            for i in range(nkeys):
                if i > 0 and keys[i] == keys[i - 1]:
                    continue
                u = <int>(keys[i] // n)
                fwd[uniq] = <int>(keys[i] % n)
                start[u + 1] += 1
                uniq += 1
            for u in range(n):
                start[u + 1] += start[u]
                mark[u] = -1
            for u in range(n):
                for a in range(start[u], start[u + 1]):
                    mark[fwd[a]] = u
                for a in range(start[u], start[u + 1]):
                    v = fwd[a]
                    for b in range(start[v], start[v + 1]):
                        w = fwd[b]
                        if mark[w] == u:
                            total += 1
                            count[u] += 1
                            count[v] += 1
                            count[w] += 1
            for u in range(n):
                if count[u] > 0:
                    on += 1
                    if count[u] > best:
                        best = count[u]
    finally:
        free(keys); free(start); free(fwd); free(mark); free(count)
    return (total, best, on)
