# cython: language_level=3
"""Batch gradient-descent logistic regression on a 2-D feature memoryview.

Features are an (n, d) C-contiguous memoryview and labels an int memoryview; each
epoch's gradient pass, the inline numerically stable sigmoid and the weight update run
in nogil cdef code with C arrays for the gradient, replacing per-row list zips.

Keywords: logistic regression, gradient descent, 2d memoryview, inline, nogil, libc math
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport exp, log

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef inline double sigmoid(double z) noexcept nogil:
    cdef double e
    if z >= 0:
        return 1.0 / (1.0 + exp(-z))
    e = exp(z)
    return e / (1.0 + e)


@cython.boundscheck(False)
@cython.wraparound(False)
cdef inline double linear(double[:, ::1] x, Py_ssize_t i, double[::1] w, double b) noexcept nogil:
    cdef double s = 0.0
    cdef Py_ssize_t j
    for j in range(x.shape[1]):
        s += w[j] * x[i, j]
    return s + b


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef double train(double[:, ::1] x, int[::1] y, double[::1] w, double[::1] grad, int epochs) noexcept nogil:
    cdef Py_ssize_t n = x.shape[0], d = x.shape[1], i, j
    cdef double b = 0.0, rate = 0.5, err, grad_b
    cdef int e
    for e in range(epochs):
        for j in range(d):
            grad[j] = 0.0
        grad_b = 0.0
        for i in range(n):
            err = sigmoid(linear(x, i, w, b)) - y[i]
            for j in range(d):
                grad[j] += err * x[i, j]
            grad_b += err
        for j in range(d):
            w[j] = w[j] - rate * grad[j] / n
        b -= rate * grad_b / n
    return b


@cython_benchmark(args=(2000, 5, 20))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def logistic_regression_gd(int n, int d, int epochs):
    """Fit logistic regression; return weights (bias last), final log-loss and accuracy."""
    if n <= 0:
        return [0.0] * (d + 1), 0.0, 0.0
    cdef Py_ssize_t dd = d if d > 0 else 1
    cdef double[:, ::1] x = cvarray(shape=(n, dd), itemsize=sizeof(double), format="d")
    cdef int[::1] y = cvarray(shape=(n,), itemsize=sizeof(int), format="i")
    cdef double[::1] w = cvarray(shape=(dd,), itemsize=sizeof(double), format="d")
    cdef double[::1] tw = cvarray(shape=(dd,), itemsize=sizeof(double), format="d")
    cdef double[::1] grad = cvarray(shape=(dd,), itemsize=sizeof(double), format="d")
    cdef long long state = 1729
    cdef Py_ssize_t i, j
    cdef double s, p, b, loss = 0.0
    cdef long correct = 0
    for j in range(d):
        tw[j] = ((j * 7) % 5 - 2) * 0.8
        w[j] = 0.0
    for i in range(n):
        s = 0.0
        for j in range(d):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            x[i, j] = state / <double> 0x7FFFFFFF * 4.0 - 2.0
            s += tw[j] * x[i, j]
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        p = sigmoid(s + 0.3)
        y[i] = 1 if state / <double> 0x7FFFFFFF < p else 0
    if d <= 0:
        x = x[:, :0]
        w = w[:0]
        grad = grad[:0]
    with nogil:
        b = train(x, y, w, grad, epochs)
        for i in range(n):
            p = sigmoid(linear(x, i, w, b))
            if p < 1e-12:
                p = 1e-12
            if p > 1.0 - 1e-12:
                p = 1.0 - 1e-12
            loss -= y[i] * log(p) + (1 - y[i]) * log(1.0 - p)
            if (p >= 0.5) == (y[i] == 1):
                correct += 1
    return [w[j] for j in range(d)] + [b], loss / n, correct / <double> n
