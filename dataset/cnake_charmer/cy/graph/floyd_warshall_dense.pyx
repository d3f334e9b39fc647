# cython: language_level=3
"""Floyd-Warshall on a flat C matrix of 64-bit integers.

The n x n distance matrix is one malloc'd block of ``long long``; the triple loop
runs without the GIL, hoisting the k-th row pointer and skipping unreachable
intermediate rows, so the inner loop is a tight compare-and-store.

Keywords: graph, floyd-warshall, all pairs shortest paths, dense graph, matrix
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef long long INF = 10 ** 15


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void relax_all(long long *dist, Py_ssize_t n) noexcept nogil:
    cdef Py_ssize_t k, i, j
    cdef long long dik, cand
    cdef long long *row_i
    cdef long long *row_k
    for k in range(n):
        row_k = dist + k * n
        for i in range(n):
            row_i = dist + i * n
            dik = row_i[k]
            if dik == INF:
                continue
            for j in range(n):
                cand = dik + row_k[j]
                if cand < row_i[j]:
                    row_i[j] = cand


@cython_benchmark(args=(110, 12, 5))
def floyd_warshall_dense(int n, int edge_percent, long long seed):
    """Return (reachable ordered pairs, sum of finite distances, max finite distance, d[0][n-1])."""
    if n <= 0:
        return (0, 0, 0, -1)
    cdef long long *dist = <long long *>malloc(<Py_ssize_t>n * n * sizeof(long long))
    if dist == NULL:
        raise MemoryError()
    cdef long long state = seed & 0x7FFFFFFF
    cdef Py_ssize_t i, j
    cdef long long count = 0, total = 0, best = 0, d, last
    try:
        for i in range(n):
            for j in range(n):
                dist[i * n + j] = INF
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                if i != j and (state >> 9) % 100 < edge_percent:
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    dist[i * n + j] = 1 + (state >> 9) % 500
            dist[i * n + i] = 0
        relax_all(dist, n)
        for i in range(<Py_ssize_t>n * n):
            d = dist[i]
            if d < INF:
                count += 1
                total += d
                if d > best:
                    best = d
        last = dist[n - 1]
    finally:
        free(dist)
    return (count, total, best, last if last < INF else -1)
