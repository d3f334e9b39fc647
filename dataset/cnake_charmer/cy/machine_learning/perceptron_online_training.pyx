# cython: language_level=3
"""Perceptron training over a flat row-major C array of integer features.

All samples are stored contiguously in one malloc'd int buffer and the weights in a
long long array; each dot product and each weight update is a typed inner loop over one
row, so an epoch performs no allocation and runs without the GIL.

Keywords: perceptron, online learning, linear classifier, row-major, malloc, nogil
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef inline long long dot(int *row, long long *w, int dim) noexcept nogil:
    cdef long long s = 0
    cdef int j
    for j in range(dim):
        s += w[j] * row[j]
    return s


@cython_benchmark(args=(4000, 12, 12))
@cython.boundscheck(False)
@cython.wraparound(False)
def perceptron_online_training(int n, int dim, int epochs):
    """Train a perceptron; return (weights, bias, mistakes per epoch, correct count)."""
    if n <= 0 or dim <= 0:
        return [], 0, [], 0
    cdef long long state = 99
    cdef int i, j, e, label, mistakes, correct = 0
    cdef long long score, act, bias = 0
    cdef long long *hidden = <long long *> malloc(dim * sizeof(long long))
    cdef long long *w = <long long *> malloc(dim * sizeof(long long))
    cdef int *X = <int *> malloc(n * dim * sizeof(int))
    cdef int *y = <int *> malloc(n * sizeof(int))
    cdef int *hist = <int *> malloc((epochs if epochs > 0 else 1) * sizeof(int))
    cdef int *row
    try:
        for j in range(dim):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            hidden[j] = state % 21 - 10
            w[j] = 0
        for i in range(n):
            row = X + i * dim
            for j in range(dim):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                row[j] = <int> (state % 31) - 15
            score = dot(row, hidden, dim) + 7
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if -12 < score < 12 and state % 4 == 0:
                score = -score
            y[i] = 1 if score >= 0 else -1
        with nogil:
            for e in range(epochs):
                mistakes = 0
                for i in range(n):
                    row = X + i * dim
                    label = y[i]
                    act = dot(row, w, dim) + bias
                    if label * act <= 0:
                        for j in range(dim):
                            w[j] += label * row[j]
                        bias += label
                        mistakes += 1
                hist[e] = mistakes
            for i in range(n):
                if y[i] * (dot(X + i * dim, w, dim) + bias) > 0:
                    correct += 1
        return ([w[j] for j in range(dim)], bias,
                [hist[e] for e in range(epochs)], correct)
    finally:
        free(hidden); free(w); free(X); free(y); free(hist)
