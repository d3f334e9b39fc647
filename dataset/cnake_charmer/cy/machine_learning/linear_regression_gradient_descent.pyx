# cython: language_level=3
"""Batch gradient descent for linear regression fused into one pass per iteration.

The design matrix is a contiguous double buffer. Each iteration walks it once: the
prediction of a row is a typed dot product and its residual is immediately scattered
into the gradient accumulators, so the residual list, the per-iteration Python lists and
all boxing disappear; the loop runs without the GIL.

Keywords: linear regression, gradient descent, momentum, fused loop, malloc, nogil
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef int descend(int n, int dim, int iters, double lr, double *X, double *y, double *w,
                 double *vel, double *grad, double *bias, double *trace) noexcept nogil:
    cdef int it, i, j, m = 0
    cdef double b = bias[0], vb = 0.0, gb, pred, r, mse, beta = 0.9
    cdef double *row
    for it in range(iters):
        for j in range(dim):
            grad[j] = 0.0
        gb = 0.0
        mse = 0.0
        for i in range(n):
            row = X + i * dim
            pred = b
            for j in range(dim):
                pred += w[j] * row[j]
            r = pred - y[i]
            for j in range(dim):
                grad[j] += r * row[j]
            gb += r
            mse += r * r
        for j in range(dim):
            vel[j] = beta * vel[j] + 2.0 * grad[j] / n
            w[j] = w[j] - lr * vel[j]
        vb = beta * vb + 2.0 * gb / n
        b -= lr * vb
        if it % 10 == 0:
            trace[m] = mse / n
            m += 1
    bias[0] = b
    return m


@cython_benchmark(args=(1000, 8, 60, 0.3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def linear_regression_gradient_descent(int n, int dim, int iters, double lr):
    """Fit y ~ X w + b by momentum gradient descent; return (weights, bias, mse trace)."""
    if n <= 0 or dim <= 0:
        return [], 0.0, []
    cdef long long state = 271828
    cdef int i, j, m
    cdef double target, bias = 0.0
    cdef double *tw = <double *> malloc(dim * sizeof(double))
    cdef double *X = <double *> malloc(n * dim * sizeof(double))
    cdef double *y = <double *> malloc(n * sizeof(double))
    cdef double *w = <double *> malloc(dim * sizeof(double))
    cdef double *vel = <double *> malloc(dim * sizeof(double))
    cdef double *grad = <double *> malloc(dim * sizeof(double))
    cdef double *trace = <double *> malloc((iters // 10 + 2) * sizeof(double))
    try:
        for j in range(dim):
            tw[j] = (j % 5) - 2.0 + 0.5 * j
            w[j] = 0.0
            vel[j] = 0.0
        for i in range(n):
            for j in range(dim):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                X[i * dim + j] = state / <double> 0x7FFFFFFF
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            target = 1.5
            for j in range(dim):
                target += tw[j] * X[i * dim + j]
            y[i] = target + (state / <double> 0x7FFFFFFF - 0.5) * 0.2
        with nogil:
            m = descend(n, dim, iters if iters > 0 else 0, lr, X, y, w, vel, grad, &bias, trace)
        return [w[j] for j in range(dim)], bias, [trace[i] for i in range(m)]
    finally:
        free(tw); free(X); free(y); free(w); free(vel); free(grad); free(trace)
