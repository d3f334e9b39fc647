# cython: language_level=3
"""Decision-stump search with counting-sort orders and running class counts in C.

Feature values are small integers, so instead of sorting row indices with a key function
each feature is bucketed by a counting sort into a C index array (stable, so ties keep
row order). The scan keeps left/right class counts in two C arrays and evaluates the
Gini impurity with an inline cdef, all without Python objects.

Keywords: decision stump, gini impurity, counting sort, split search, malloc, nogil
"""

import cython
from libc.stdlib cimport malloc, free, calloc

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    VMAX = 200


@cython.cdivision(True)
cdef inline double gini3(int *c, int total) noexcept nogil:
    if total == 0:
        return 0.0
    cdef double a = c[0] / <double> total
    cdef double b = c[1] / <double> total
    cdef double d = c[2] / <double> total
    return 1.0 - (a * a + b * b + d * d)


@cython_benchmark(args=(12000, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def decision_stump_gini_split(int n, int n_features):
    """Find the Gini-optimal stump; return (feature, threshold, impurity, left, right, per-feature)."""
    if n <= 0 or n_features <= 0:
        return -1, 0.0, 0.0, [], [], []
    cdef int *X = <int *> malloc(n * n_features * sizeof(int))
    cdef int *y = <int *> malloc(n * sizeof(int))
    cdef int *order = <int *> malloc(n * sizeof(int))
    cdef double *perf = <double *> malloc(n_features * sizeof(double))
    cdef int start[VMAX + 1]
    cdef int total[3]
    cdef int left[3]
    cdef int right[3]
    cdef int bl[3]
    cdef int br[3]
    cdef long long state = 5150
    cdef int i, j, f, v, nxt, pos, nl, nr, label, best_f = -1
    cdef double imp, fbest, best_imp, best_thr = 0.0
    try:
        for i in range(n):
            for j in range(n_features):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                X[i * n_features + j] = state % 200
            label = 0 if X[i * n_features] < 70 else (1 if X[i * n_features + n_features // 2] < 120 else 2)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if state % 10 == 0:
                label = (label + 1) % 3
            y[i] = label
        total[0] = 0; total[1] = 0; total[2] = 0
        for i in range(n):
            total[y[i]] += 1
        best_imp = gini3(total, n)
        with nogil:
            for f in range(n_features):
                for v in range(VMAX + 1):
                    start[v] = 0
                for i in range(n):
                    start[X[i * n_features + f] + 1] += 1
                for v in range(VMAX):
                    start[v + 1] += start[v]
                for i in range(n):
                    v = X[i * n_features + f]
                    order[start[v]] = i
                    start[v] += 1
                for j in range(3):
                    left[j] = 0
                    right[j] = total[j]
                fbest = gini3(total, n)
                for pos in range(n - 1):
                    i = order[pos]
                    left[y[i]] += 1
                    right[y[i]] -= 1
                    v = X[i * n_features + f]
                    nxt = X[order[pos + 1] * n_features + f]
                    if v == nxt:
                        continue
                    nl = pos + 1
                    nr = n - nl
                    imp = (nl * gini3(left, nl) + nr * gini3(right, nr)) / n
                    if imp < fbest:
                        fbest = imp
                    if imp < best_imp:
                        best_imp = imp
                        best_f = f
                        best_thr = (v + nxt) / 2.0
                        for j in range(3):
                            bl[j] = left[j]
                            br[j] = right[j]
                perf[f] = fbest
        if best_f < 0:
            return -1, 0.0, best_imp, [], [], [perf[f] for f in range(n_features)]
        return (best_f, best_thr, best_imp, [bl[0], bl[1], bl[2]], [br[0], br[1], br[2]],
                [perf[f] for f in range(n_features)])
    finally:
        free(X); free(y); free(order); free(perf)
