# cython: language_level=3
"""Confusion-matrix metrics with labels tallied straight into a C count matrix.

No (truth, prediction) tuples or Counter are built: each generated pair increments one
cell of a flat long long matrix inside a nogil loop, and the row/column sums, F1 scores
and kappa are then computed from the small matrix with C arithmetic.

Keywords: confusion matrix, f1 score, cohen kappa, counting, malloc, nogil
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(200000, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def confusion_matrix_kappa_f1(int n, int n_classes):
    """Score a noisy classifier; return (confusion, per-class F1, macro F1, accuracy, kappa)."""
    if n <= 0 or n_classes <= 0:
        return [], [], 0.0, 0.0, 0.0
    cdef int nc = n_classes
    cdef long long *M = <long long *> calloc(nc * nc, sizeof(long long))
    cdef long long *rs = <long long *> calloc(nc, sizeof(long long))
    cdef long long *cs = <long long *> calloc(nc, sizeof(long long))
    cdef long long state = 2468, u, diag = 0, ex = 0
    cdef int i, c, t, p, r
    cdef double prec, rec, acc, expected, kappa, macro = 0.0
    try:
        with nogil:
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                u = state % 1000
                t = <int> ((u * u // 1000) * nc // 1000)
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                r = state % 100
                if r < 70:
                    p = t
                elif r < 90:
                    p = (t + 1) % nc
                else:
                    p = (state >> 8) % nc
                M[t * nc + p] += 1
            for t in range(nc):
                for p in range(nc):
                    rs[t] += M[t * nc + p]
                    cs[p] += M[t * nc + p]
                diag += M[t * nc + t]
        f1s = []
        for c in range(nc):
            prec = M[c * nc + c] / <double> cs[c] if cs[c] else 0.0
            rec = M[c * nc + c] / <double> rs[c] if rs[c] else 0.0
            f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
        for c in range(nc):
            ex += rs[c] * cs[c]
        acc = diag / <double> n
        expected = ex / (<double> n * n)
        kappa = (acc - expected) / (1.0 - expected) if expected != 1.0 else 0.0
        matrix = [[M[t * nc + p] for p in range(nc)] for t in range(nc)]
        return matrix, f1s, sum(f1s) / nc, acc, kappa
    finally:
        free(M); free(rs); free(cs)
