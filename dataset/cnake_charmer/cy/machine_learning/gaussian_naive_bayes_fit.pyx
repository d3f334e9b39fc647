# cython: language_level=3
"""Gaussian naive Bayes with moments in C arrays and precomputed log normalisers.

Fitting accumulates per-class sums and squared deviations in flat double arrays. The
per-class, per-feature constant 0.5*log(2*pi*var) and 1/(2*var) are computed once, so
scoring a test row is a typed loop of multiply-adds with no log call per feature.

Keywords: naive bayes, gaussian, classifier, precomputation, libc math, malloc
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport log, pi, INFINITY

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    NCLS = 4


cdef long long draw(int count, int dim, long long state, double *X, int *y) noexcept nogil:
    cdef int i, j, r, label
    cdef double noise, centre
    for i in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        label = state % NCLS
        y[i] = label
        for j in range(dim):
            noise = 0.0
            for r in range(3):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                noise += state / <double> 0x7FFFFFFF - 0.5
            centre = ((label * 7 + j * 3) % 11) / 4.0
            X[i * dim + j] = centre + noise * (1.0 + 0.25 * label)
    return state


@cython_benchmark(args=(4000, 2500, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def gaussian_naive_bayes_fit(int n_train, int n_test, int dim):
    """Fit Gaussian NB on n_train rows and score n_test rows; return (correct, confusion, means0)."""
    if n_train <= 0 or n_test <= 0 or dim <= 0:
        return 0, [[0] * NCLS for _ in range(NCLS)], []
    cdef double *Xtr = <double *> malloc(n_train * dim * sizeof(double))
    cdef int *ytr = <int *> malloc(n_train * sizeof(int))
    cdef double *Xte = <double *> malloc(n_test * dim * sizeof(double))
    cdef int *yte = <int *> malloc(n_test * sizeof(int))
    cdef double *mean = <double *> malloc(NCLS * dim * sizeof(double))
    cdef double *ssd = <double *> malloc(NCLS * dim * sizeof(double))
    cdef double *lognorm = <double *> malloc(NCLS * dim * sizeof(double))
    cdef double *inv2v = <double *> malloc(NCLS * dim * sizeof(double))
    cdef int counts[NCLS]
    cdef double prior[NCLS]
    cdef int conf[NCLS][NCLS]
    cdef int i, j, c, best, correct = 0
    cdef long long state
    cdef double d, var, score, bestscore
    cdef double *row
    try:
        with nogil:
            state = draw(n_train, dim, 4242, Xtr, ytr)
            draw(n_test, dim, state, Xte, yte)
            for c in range(NCLS):
                counts[c] = 0
                for j in range(NCLS):
                    conf[c][j] = 0
            for j in range(NCLS * dim):
                mean[j] = 0.0
                ssd[j] = 0.0
            for i in range(n_train):
                c = ytr[i]
                counts[c] += 1
                for j in range(dim):
                    mean[c * dim + j] += Xtr[i * dim + j]
            for c in range(NCLS):
                if counts[c]:
                    for j in range(dim):
                        mean[c * dim + j] /= counts[c]
            for i in range(n_train):
                c = ytr[i]
                for j in range(dim):
                    d = Xtr[i * dim + j] - mean[c * dim + j]
                    ssd[c * dim + j] += d * d
            for c in range(NCLS):
                if counts[c]:
                    prior[c] = log(counts[c] / <double> n_train)
                    for j in range(dim):
                        var = ssd[c * dim + j] / counts[c] + 1e-3
                        lognorm[c * dim + j] = 0.5 * log(2.0 * pi * var)
                        inv2v[c * dim + j] = 2.0 * var
            for i in range(n_test):
                row = Xte + i * dim
                best = -1
                bestscore = -INFINITY
                for c in range(NCLS):
                    if counts[c] == 0:
                        continue
                    score = prior[c]
                    for j in range(dim):
                        d = row[j] - mean[c * dim + j]
                        score -= lognorm[c * dim + j] + d * d / inv2v[c * dim + j]
                    if score > bestscore:
                        bestscore = score
                        best = c
                conf[yte[i]][best] += 1
        for c in range(NCLS):
            correct += conf[c][c]
        first = [mean[j] for j in range(dim)] if counts[0] else []
        return correct, [[conf[c][j] for j in range(NCLS)] for c in range(NCLS)], first
    finally:
        free(Xtr); free(ytr); free(Xte); free(yte)
        free(mean); free(ssd); free(lognorm); free(inv2v)
