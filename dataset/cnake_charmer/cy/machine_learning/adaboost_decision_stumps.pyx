# cython: language_level=3
"""AdaBoost stump search as typed loops over feature columns in C arrays.

Features, labels, weights and ensemble scores are malloc'd arrays. The weighted error
of every (feature, threshold) candidate is accumulated in sample order exactly as in
the plain version (so ties between candidates resolve identically), but as a branch on
C ints and a double add instead of a tuple unpack, comparison and boxing per sample.

Keywords: adaboost, boosting, decision stump, weighted error, malloc, nogil
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport log, exp

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(800, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def adaboost_decision_stumps(int n, int rounds):
    """Boost stumps for a number of rounds; return (stumps, alphas, training errors)."""
    if n <= 0:
        return [], [], []
    cdef int *X = <int *> malloc(2 * n * sizeof(int))
    cdef int *y = <int *> malloc(n * sizeof(int))
    cdef double *w = <double *> malloc(n * sizeof(double))
    cdef double *ens = <double *> malloc(n * sizeof(double))
    cdef int *pred = <int *> malloc(n * sizeof(int))
    cdef long long state = 777
    cdef int i, a, b, r2, label, rnd, f, t, bf, bt, bp, wrong
    cdef int *col
    cdef double err, total, be, e, alpha, norm
    stumps = []
    alphas = []
    errors = []
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            a = state % 100
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            b = state % 100
            r2 = (a - 50) * (a - 50) + (b - 45) * (b - 45)
            label = 1 if 300 <= r2 <= 1500 else -1
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if state % 20 == 0:
                label = -label
            X[i] = a
            X[n + i] = b
            y[i] = label
            w[i] = 1.0 / n
            ens[i] = 0.0
        for rnd in range(rounds):
            with nogil:
                bf = -1
                be = 0.0
                bt = 0
                bp = 1
                for f in range(2):
                    col = X + f * n
                    for t in range(100):
                        err = 0.0
                        for i in range(n):
                            if (col[i] <= t) != (y[i] == 1):
                                err += w[i]
                        total = 0.0
                        for i in range(n):
                            total += w[i]
                        if bf < 0 or err < be:
                            be = err; bf = f; bt = t; bp = 1
                        if total - err < be:
                            be = total - err; bf = f; bt = t; bp = -1
                e = be
                if e < 1e-10:
                    e = 1e-10
                if e > 1.0 - 1e-10:
                    e = 1.0 - 1e-10
                alpha = 0.5 * log((1.0 - e) / e)
                col = X + bf * n
                norm = 0.0
                for i in range(n):
                    pred[i] = bp * (1 if col[i] <= bt else -1)
                    w[i] = w[i] * exp(-alpha * y[i] * pred[i])
                    norm += w[i]
                wrong = 0
                for i in range(n):
                    w[i] = w[i] / norm
                    ens[i] = ens[i] + alpha * pred[i]
                    if (1 if ens[i] > 0 else -1) != y[i]:
                        wrong += 1
            stumps.append((bf, bt, bp))
            alphas.append(alpha)
            errors.append(wrong)
        return stumps, alphas, errors
    finally:
        free(X); free(y); free(w); free(ens); free(pred)
