# cython: language_level=3
"""Pade approximants of exp with a 2-D memoryview solve and nogil Horner evaluation.

The Toeplitz-like system for the denominator is stored in an (m, m + 1) C-contiguous
memoryview and solved in place with partial pivoting; numerator and denominator
coefficients go into C arrays and the grid evaluation runs both Horner recurrences in
one nogil loop with libm exp.

Keywords: pade approximant, rational approximation, 2d memoryview, cython view, horner, nogil
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport exp, fabs

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef void build(int m, double[::1] c, double[:, ::1] rows, double[::1] p, double[::1] q) noexcept nogil:
    cdef int i, j, col, r, piv, k
    cdef double f, t, s, best
    for i in range(1, m + 1):
        for j in range(1, m + 1):
            rows[i - 1, j - 1] = c[m + i - j]
        rows[i - 1, m] = -c[m + i]
    for col in range(m):
        piv = col
        best = fabs(rows[col, col])
        for r in range(col + 1, m):
            if fabs(rows[r, col]) > best:
                best = fabs(rows[r, col])
                piv = r
        if piv != col:
            for j in range(m + 1):
                t = rows[col, j]
                rows[col, j] = rows[piv, j]
                rows[piv, j] = t
        for r in range(col + 1, m):
            f = rows[r, col] / rows[col, col]
            for j in range(m + 1):
                rows[r, j] = rows[r, j] - f * rows[col, j]
    q[0] = 1.0
    for i in range(m - 1, -1, -1):
        s = 0.0
        for j in range(i + 1, m):
            s += rows[i, j] * q[j + 1]
        q[i + 1] = (rows[i, m] - s) / rows[i, i]
    for k in range(m + 1):
        s = 0.0
        for j in range(k + 1):
            s += c[k - j] * q[j]
        p[k] = s


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef double worst_error(int m, double[::1] p, double[::1] q, int points) noexcept nogil:
    cdef int i, k
    cdef int denom = points - 1 if points - 1 > 1 else 1
    cdef double x, num, den, err, worst = 0.0
    for i in range(points):
        x = -1.5 + 3.0 * i / denom
        num = 0.0
        den = 0.0
        for k in range(m, -1, -1):
            num = num * x + p[k]
            den = den * x + q[k]
        err = fabs(num / den - exp(x)) / exp(x)
        if err > worst:
            worst = err
    return worst


@cython_benchmark(args=(10, 5000))
def pade_approximant_exp(int max_order, int points):
    """Max relative error of [m/m] Pade approximants of exp for m = 1..max_order."""
    if max_order < 1:
        return [], [], []
    cdef int size = 2 * max_order + 1, k, m
    cdef double[::1] c = cvarray(shape=(size,), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] rows = cvarray(shape=(max_order, max_order + 1), itemsize=sizeof(double), format="d")
    cdef double[::1] p = cvarray(shape=(max_order + 1,), itemsize=sizeof(double), format="d")
    cdef double[::1] q = cvarray(shape=(max_order + 1,), itemsize=sizeof(double), format="d")
    cdef double w
    cdef list errors = []
    import math
    for k in range(size):
        c[k] = 1.0 / math.factorial(k)
    for m in range(1, max_order + 1):
        with nogil:
            build(m, c, rows, p, q)
            w = worst_error(m, p, q, points)
        errors.append(w)
    m = max_order
    return errors, [p[k] for k in range(m + 1)], [q[k] for k in range(m + 1)]
