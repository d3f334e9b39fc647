# cython: language_level=3
"""Silhouette analysis with a symmetric pass and an n x k table of distance sums.

Each unordered pair of points is visited once: its distance (one libc sqrt) is added to
both points' per-cluster totals in a flat n x k double table, halving the square roots
of the plain double loop; the coefficients are then computed from the table in C.

Keywords: silhouette score, clustering evaluation, symmetric pairs, libc sqrt, malloc
"""

import cython
from libc.stdlib cimport malloc, free, calloc
from libc.math cimport sqrt

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(700, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def silhouette_score_clusters(int n, int k):
    """Silhouette analysis of n labelled points; return (mean, per-cluster, negatives, worst)."""
    if n <= 0 or k <= 0:
        return 0.0, [], 0, -1
    cdef double *px = <double *> malloc(n * sizeof(double))
    cdef double *py = <double *> malloc(n * sizeof(double))
    cdef int *lab = <int *> malloc(n * sizeof(int))
    cdef int *size = <int *> calloc(k, sizeof(int))
    cdef double *T = <double *> calloc(n * k, sizeof(double))
    cdef double *s = <double *> malloc(n * sizeof(double))
    cdef double *csum = <double *> calloc(k, sizeof(double))
    cdef long long state = 8642
    cdef int i, j, c, own, worst = 0, neg = 0
    cdef double d, a, b, mx, total = 0.0
    cdef bint have
    try:
        for i in range(n):
            c = i % k
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            px[i] = (c % 3) * 40.0 + (state % 3000) / 100.0
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            py[i] = (c // 3) * 40.0 + (state % 3000) / 100.0
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if state % 10 == 0:
                c = (state >> 4) % k
            lab[i] = c
            size[c] += 1
        with nogil:
            for i in range(n):
                for j in range(i + 1, n):
                    d = sqrt((px[i] - px[j]) * (px[i] - px[j]) + (py[i] - py[j]) * (py[i] - py[j]))
                    T[i * k + lab[j]] += d
                    T[j * k + lab[i]] += d
            for i in range(n):
                own = lab[i]
                s[i] = 0.0
                if size[own] <= 1:
                    continue
                a = T[i * k + own] / (size[own] - 1)
                have = False
                b = 0.0
                for c in range(k):
                    if c != own and size[c] > 0:
                        if not have or T[i * k + c] / size[c] < b:
                            b = T[i * k + c] / size[c]
                            have = True
                if not have:
                    continue
                mx = a if a > b else b
                s[i] = (b - a) / mx if mx > 0 else 0.0
            for i in range(n):
                csum[lab[i]] += s[i]
                total += s[i]
                if s[i] < 0:
                    neg += 1
                if s[i] < s[worst]:
                    worst = i
        per = [csum[c] / size[c] if size[c] else 0.0 for c in range(k)]
        return total / n, per, neg, worst
    finally:
        free(px); free(py); free(lab); free(size); free(T); free(s); free(csum)
