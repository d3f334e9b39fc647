# distutils: language = c++
# cython: language_level=3
"""Linear-time core decomposition (bucket peeling) with a C++ map histogram.

Edges are de-duplicated through a sorted ``long long`` key array, then the
Batagelj-Zaversnik bucket algorithm keeps vertices ordered by degree in flat arrays
and peels them in O(n + m). Core counts are tallied in a ``std::map``.

Keywords: graph, k-core, degeneracy, peeling, core decomposition, heap
"""

import cython
from libcpp.map cimport map as cmap
from libcpp.algorithm cimport sort
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(10000, 40000, 53))
@cython.boundscheck(False)
@cython.wraparound(False)
def k_core_decomposition(int n, int m, long long seed):
    """Return (degeneracy, sorted list of (core number, vertex count))."""
    if n <= 0:
        return (0, [])
    cdef long long *keys = <long long *>malloc((2 * m + 1) * sizeof(long long))
    cdef int *start = <int *>calloc(n + 2, sizeof(int))
    cdef int *nbr = <int *>malloc((2 * m + 1) * sizeof(int))
    cdef int *deg = <int *>calloc(n, sizeof(int))
    cdef int *bin_start = <int *>calloc(n + 1, sizeof(int))
    cdef int *pos = <int *>malloc(n * sizeof(int))
    cdef int *vert = <int *>malloc(n * sizeof(int))
    cdef cmap[int, int] histogram
    cdef long long state = seed & 0x7FFFFFFF
    cdef Py_ssize_t nkeys = 0, i
    cdef int u, v, w, d, k, du, pu, pw, bu, best = 0, total
    try:
        for i in range(m):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            u = <int>((state >> 4) % n)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            v = <int>((state * 7 >> 4) % n)
            if u == v:
                continue
            keys[nkeys] = <long long>u * n + v
            keys[nkeys + 1] = <long long>v * n + u
            nkeys += 2
        with nogil:
            sort(keys, keys + nkeys)
            k = 0
            for i in range(nkeys):
                if i > 0 and keys[i] == keys[i - 1]:
                    continue
                u = <int>(keys[i] // n)
                nbr[k] = <int>(keys[i] % n)
                k += 1
                start[u + 1] += 1
            for u in range(n):
                start[u + 1] += start[u]
                deg[u] = start[u + 1] - start[u]
                bin_start[deg[u]] += 1
            total = 0
            for d in range(n + 1):
                k = bin_start[d]
                bin_start[d] = total
                total += k
            for u in range(n):
                pos[u] = bin_start[deg[u]]
                vert[pos[u]] = u
                bin_start[deg[u]] += 1
            for d in range(n, 0, -1):
                bin_start[d] = bin_start[d - 1]
            bin_start[0] = 0
            for i in range(n):
                u = vert[i]
                du = deg[u]
                for k in range(start[u], start[u + 1]):
                    w = nbr[k]
                    if deg[w] > du:
                        pw = pos[w]
                        bu = bin_start[deg[w]]
                        pu = vert[bu]
                        if pu != w:
                            pos[w] = bu
                            vert[pw] = pu
                            pos[pu] = pw
                            vert[bu] = w
                        bin_start[deg[w]] += 1
                        deg[w] -= 1
            for u in range(n):
                histogram[deg[u]] += 1
                if deg[u] > best:
                    best = deg[u]
    finally:
        free(keys); free(start); free(nbr); free(deg); free(bin_start); free(pos); free(vert)
    return (best, [(p.first, p.second) for p in histogram])
