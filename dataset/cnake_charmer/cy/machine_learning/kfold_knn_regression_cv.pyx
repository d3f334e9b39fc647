# cython: language_level=3
"""k-NN regression cross-validation with a partial selection instead of a full sort.

The training set of each fold is copied into C arrays; for each held-out point the
k_max nearest neighbours are kept in a sorted C buffer by insertion during one pass
(O(n k) rather than an O(n log n) sort of Python tuples), then the running means for
every k are accumulated in place.

Keywords: cross-validation, k-fold, knn regression, partial selection, insertion, malloc
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport sin, fabs

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(600, 5, 15))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def kfold_knn_regression_cv(int n, int folds, int k_max):
    """Cross-validate k-NN regression for k = 1..k_max; return (mse per k, best k)."""
    if n <= 1 or folds <= 1 or k_max <= 0:
        return [], 0
    cdef double *xs = <double *> malloc(n * sizeof(double))
    cdef double *ys = <double *> malloc(n * sizeof(double))
    cdef int *train = <int *> malloc(n * sizeof(int))
    cdef double *bd = <double *> malloc(k_max * sizeof(double))
    cdef int *bi = <int *> malloc(k_max * sizeof(int))
    cdef double *err = <double *> malloc(k_max * sizeof(double))
    cdef long long *cnt = <long long *> malloc(k_max * sizeof(long long))
    cdef long long state = 9901
    cdef int i, j, t, p, k, fold, m, filled, best
    cdef double d, running, pred
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            xs[i] = (state % 100000) / 10000.0
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            ys[i] = sin(xs[i]) + (state / <double> 0x7FFFFFFF - 0.5) * 0.4
        for k in range(k_max):
            err[k] = 0.0
            cnt[k] = 0
        with nogil:
            for fold in range(folds):
                m = 0
                for i in range(n):
                    if i % folds != fold:
                        train[m] = i
                        m += 1
                i = fold
                while i < n:
                    filled = 0
                    for t in range(m):
                        j = train[t]
                        d = fabs(xs[j] - xs[i])
                        if filled == k_max and d >= bd[k_max - 1]:
                            continue
                        p = filled if filled < k_max else k_max - 1
                        while p > 0 and bd[p - 1] > d:
                            bd[p] = bd[p - 1]
                            bi[p] = bi[p - 1]
                            p -= 1
                        bd[p] = d
                        bi[p] = j
                        if filled < k_max:
                            filled += 1
                    running = 0.0
                    for k in range(filled):
                        running += ys[bi[k]]
                        pred = running / (k + 1)
                        err[k] += (pred - ys[i]) * (pred - ys[i])
                        cnt[k] += 1
                    i += folds
        mse = [err[k] / cnt[k] if cnt[k] else 0.0 for k in range(k_max)]
        best = 0
        for k in range(1, k_max):
            if mse[k] < mse[best]:
                best = k
        return mse, best + 1
    finally:
        free(xs); free(ys); free(train); free(bd); free(bi); free(err); free(cnt)
