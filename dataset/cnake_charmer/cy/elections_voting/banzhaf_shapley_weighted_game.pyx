# cython: language_level=3
"""Banzhaf and Shapley-Shubik power indices by dynamic programming — one full table plus exact deconvolution.

The (size, weight) coalition-count table over all players is built once in a flat
``long long`` C array. A player's "others" table is then recovered exactly by
undoing that player's item (ways_i[k][s] = all[k][s] - ways_i[k-1][s-w_i]), O(n W)
per player instead of rebuilding the O(n^2 W) table, all in ``nogil``.

Keywords: elections, voting power, Banzhaf index, Shapley-Shubik index, weighted voting game, swing, pivotal player, subset sum
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(26, 60, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def banzhaf_shapley_weighted_game(int n_players, int max_weight, long long seed):
    """Return (weights, quota, swing counts, Banzhaf shares, Shapley-Shubik values)."""
    if n_players > 60:
        raise ValueError("too many players for 64-bit counts")
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int n = n_players, i, k, s, w, total = 0, quota, lo, W
    cdef long long a, b, swing, pivotal, total_swings = 0
    cdef int *weights = <int *>malloc((n + 1) * sizeof(int))
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = <long long>((state >> 16) % max_weight)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        b = <long long>((state >> 16) % max_weight)
        weights[i] = <int>(1 + a * b // max_weight)
        total += weights[i]
    quota = total // 2 + 1
    W = total + 1
    cdef long long *full = <long long *>calloc((n + 1) * W, sizeof(long long))
    cdef long long *rest = <long long *>calloc((n + 1) * W, sizeof(long long))
    cdef double *coeff = <double *>malloc((n + 1) * sizeof(double))
    cdef long long *swings = <long long *>malloc((n + 1) * sizeof(long long))
    cdef double *values = <double *>malloc((n + 1) * sizeof(double))
    cdef double c, value
    try:
        with nogil:
            c = 1.0 / n if n else 0.0
            for k in range(n):
                coeff[k] = c
                if k < n - 1:
                    c = c * (k + 1) / (n - 1 - k)
            full[0] = 1
            for i in range(n):
                w = weights[i]
                for k in range(i, -1, -1):
                    for s in range(total - w, -1, -1):
                        if full[k * W + s]:
                            full[(k + 1) * W + s + w] += full[k * W + s]
            for i in range(n):
                w = weights[i]
                for k in range(n):
                    for s in range(W):
                        a = full[k * W + s]
                        if k > 0 and s >= w:
                            a -= rest[(k - 1) * W + s - w]
                        rest[k * W + s] = a
                lo = quota - w
                if lo < 0:
                    lo = 0
                swing = 0
                value = 0.0
                for k in range(n):
                    pivotal = 0
                    for s in range(lo, quota):
                        pivotal += rest[k * W + s]
                    swing += pivotal
                    value += coeff[k] * pivotal
                swings[i] = swing
                values[i] = value
                total_swings += swing
        result = ([weights[i] for i in range(n)], quota, [swings[i] for i in range(n)],
                  [swings[i] / <double>total_swings if total_swings else 0.0 for i in range(n)],
                  [values[i] for i in range(n)])
    finally:
        free(weights); free(full); free(rest); free(coeff); free(swings); free(values)
    return result
