# cython: language_level=3
"""Logistic-regression SGD on a contiguous double matrix with libc exp and log.

The design matrix is one malloc'd row-major double buffer and the weights a C array;
the margin, the sigmoid (a branch-stable inline cdef using libc exp) and the in-place
weight update are typed loops, so an epoch allocates nothing and holds no GIL.

Keywords: logistic regression, sgd, sigmoid, libc math, row-major, nogil
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport exp, log

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double sigmoid(double z) noexcept nogil:
    cdef double e
    if z >= 0:
        return 1.0 / (1.0 + exp(-z))
    e = exp(z)
    return e / (1.0 + e)


@cython.boundscheck(False)
@cython.wraparound(False)
cdef inline double margin(double *row, double *w, double b, int dim) noexcept nogil:
    cdef double z = b
    cdef int j
    for j in range(dim):
        z += w[j] * row[j]
    return z


@cython_benchmark(args=(3000, 10, 8, 0.1))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def logistic_regression_sgd(int n, int dim, int epochs, double lr):
    """Fit logistic regression by SGD; return (weights, bias, loss per epoch, correct)."""
    if n <= 0 or dim <= 0:
        return [], 0.0, [], 0
    cdef long long state = 31337
    cdef int i, j, e, correct = 0
    cdef double z, noise, err, rate, total, p, bias = 0.0, decay = 1e-4
    cdef double *truth = <double *> malloc(dim * sizeof(double))
    cdef double *w = <double *> malloc(dim * sizeof(double))
    cdef double *X = <double *> malloc(n * dim * sizeof(double))
    cdef int *y = <int *> malloc(n * sizeof(int))
    cdef double *losses = <double *> malloc((epochs if epochs > 0 else 1) * sizeof(double))
    cdef double *row
    try:
        for j in range(dim):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            truth[j] = state / <double> 0x7FFFFFFF * 4.0 - 2.0
            w[j] = 0.0
        for i in range(n):
            row = X + i * dim
            for j in range(dim):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                row[j] = state / <double> 0x7FFFFFFF * 2.0 - 1.0
            z = margin(row, truth, 0.0, dim)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            noise = state / <double> 0x7FFFFFFF - 0.5
            y[i] = 1 if z + noise > 0.1 else 0
        with nogil:
            for e in range(epochs):
                rate = lr / (1.0 + e)
                for i in range(n):
                    row = X + i * dim
                    err = sigmoid(margin(row, w, bias, dim)) - y[i]
                    for j in range(dim):
                        w[j] = w[j] - rate * (err * row[j] + decay * w[j])
                    bias -= rate * err
                total = 0.0
                for i in range(n):
                    p = sigmoid(margin(X + i * dim, w, bias, dim))
                    if p < 1e-12:
                        p = 1e-12
                    if p > 1.0 - 1e-12:
                        p = 1.0 - 1e-12
                    if y[i]:
                        total -= log(p)
                    else:
                        total -= log(1.0 - p)
                losses[e] = total / n
            for i in range(n):
                z = margin(X + i * dim, w, bias, dim)
                if (z > 0) == (y[i] == 1):
                    correct += 1
        return ([w[j] for j in range(dim)], bias, [losses[e] for e in range(epochs)], correct)
    finally:
        free(truth); free(w); free(X); free(y); free(losses)
