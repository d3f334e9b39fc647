# cython: language_level=3
"""Chebyshev coefficients and Clenshaw evaluation in nogil C loops.

Samples and coefficients are held in malloc'd C arrays; the cosine sums and the
Clenshaw backward recurrence run as nogil cdef functions over raw pointers with C
division, avoiding per-term Python float objects and list reversal.

Keywords: chebyshev series, clenshaw recurrence, malloc, nogil, cdivision, libc math
"""

import cython
from libc.math cimport exp, sin, cos, fabs, M_PI
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double target(double x) noexcept nogil:
    return exp(x) * sin(3.0 * x)


@cython.cdivision(True)
cdef double clenshaw(const double *coeffs, int n, double x) noexcept nogil:
    cdef double b1 = 0.0, b2 = 0.0, t
    cdef int j
    for j in range(n - 1, 0, -1):
        t = 2.0 * x * b1 - b2 + coeffs[j]
        b2 = b1
        b1 = t
    return x * b1 - b2 + 0.5 * coeffs[0]


@cython_benchmark(args=(48, 20000))
@cython.cdivision(True)
def chebyshev_clenshaw_approx(int degree, int m):
    """Chebyshev coefficients of exp(x)sin(3x), then Clenshaw evaluation at m points."""
    if degree < 1:
        return [], 0.0, 0.0
    cdef int n = degree, j, k, i
    cdef double *samples = <double *> malloc(n * sizeof(double))
    cdef double *coeffs = <double *> malloc(n * sizeof(double))
    cdef double s, x, value, err, max_err = 0.0, total = 0.0
    cdef int denom = m - 1 if m - 1 > 1 else 1
    if samples == NULL or coeffs == NULL:
        free(samples); free(coeffs)
        raise MemoryError()
    try:
        with nogil:
            for k in range(n):
                samples[k] = target(cos(M_PI * (k + 0.5) / n))
            for j in range(n):
                s = 0.0
                for k in range(n):
                    s += samples[k] * cos(M_PI * j * (k + 0.5) / n)
                coeffs[j] = 2.0 / n * s
            for i in range(m):
                x = -1.0 + 2.0 * i / denom
                value = clenshaw(coeffs, n, x)
                err = fabs(value - target(x))
                if err > max_err:
                    max_err = err
                total += value
        return [coeffs[j] for j in range(min(n, 5))], max_err, total
    finally:
        free(samples); free(coeffs)
