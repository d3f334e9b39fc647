# cython: language_level=3
"""PageRank power iteration over CSR out-links in double arrays.

Out-links are packed into compressed rows and both rank vectors are malloc'd double
arrays swapped between iterations; the scatter loop runs without the GIL and keeps
the same accumulation order as the Python version, so the results agree exactly.

Keywords: graph, pagerank, power iteration, markov chain, damping, ranking
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef void iterate(int n, const int *start, const int *nbr, double *rank, double *new,
                  int iterations, double damping) noexcept nogil:
    cdef int it, v, k, deg
    cdef double base = (1.0 - damping) / n
    cdef double dangling, share, spread
    cdef double *tmp
    for it in range(iterations):
        dangling = 0.0
        for v in range(n):
            if start[v] == start[v + 1]:
                dangling += rank[v]
        for v in range(n):
            new[v] = base
        for v in range(n):
            deg = start[v + 1] - start[v]
            if deg > 0:
                share = damping * rank[v] / deg
                for k in range(start[v], start[v + 1]):
                    new[nbr[k]] += share
        spread = damping * dangling / n
        for v in range(n):
            rank[v] = new[v] + spread


@cython_benchmark(args=(8000, 4, 25, 0.85, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def pagerank_power_iteration(int n, int max_out, int iterations, double damping, long long seed):
    """Return (top five vertices, their ranks, total rank)."""
    if n <= 0:
        return ([], [], 0.0)
    cdef long long state = seed & 0x7FFFFFFF
    cdef int *start = <int *>malloc((n + 1) * sizeof(int))
    cdef int *nbr = <int *>malloc(((<Py_ssize_t>n) * (max_out + 1) + 1) * sizeof(int))
    cdef double *rank = <double *>malloc(n * sizeof(double))
    cdef double *new = <double *>malloc(n * sizeof(double))
    cdef int v, j, degree, edges = 0
    cdef double total = 0.0
    try:
        for v in range(n):
            start[v] = edges
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            degree = <int>((state >> 12) % (max_out + 1))
            for j in range(degree):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                nbr[edges] = <int>((state >> 9) % n)
                edges += 1
        start[n] = edges
        for v in range(n):
            rank[v] = 1.0 / n
        iterate(n, start, nbr, rank, new, iterations, damping)
        scores = [rank[v] for v in range(n)]
        for v in range(n):
            total += rank[v]
    finally:
        free(start); free(nbr); free(rank); free(new)
    top = sorted(range(n), key=lambda i: (-scores[i], i))[:5]
    return (top, [scores[i] for i in top], total)
