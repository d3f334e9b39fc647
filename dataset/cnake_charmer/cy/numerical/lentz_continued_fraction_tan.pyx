# cython: language_level=3
"""Lentz continued-fraction evaluation of tan as an inline nogil C routine.

The forward Lentz recurrence keeps its state in C doubles and returns the term count
through a pointer; the driver loop accumulates totals in C, so only the sampled values
become Python floats.

Keywords: continued fraction, lentz algorithm, tangent, inline, pointer, libc math
"""

import cython
from libc.math cimport tan, fabs

from cnake_charmer.benchmarks import cython_benchmark

cdef double TINY = 1e-300


@cython.cdivision(True)
cdef inline double tan_cf(double x, int *terms) noexcept nogil:
    cdef double x2 = x * x, f = TINY, c = TINY, d = 0.0, a, b, delta
    cdef int j
    terms[0] = 0
    for j in range(1, 500):
        a = x if j == 1 else -x2
        b = 2.0 * j - 1.0
        d = b + a * d
        if d == 0.0:
            d = TINY
        c = b + a / c
        if c == 0.0:
            c = TINY
        d = 1.0 / d
        delta = c * d
        f *= delta
        terms[0] = j
        if fabs(delta - 1.0) < 1e-15:
            break
    return f


@cython_benchmark(args=(12000,))
@cython.cdivision(True)
def lentz_continued_fraction_tan(int m):
    """Evaluate tan at m points of (-1.5, 1.5) by continued fraction; summarise."""
    cdef double total = 0.0, worst = 0.0, x, value, err
    cdef long terms = 0
    cdef int i, used
    cdef list samples = []
    for i in range(m):
        x = -1.5 + 3.0 * (i + 0.5) / m
        value = tan_cf(x, &used)
        total += value
        terms += used
        err = fabs(value - tan(x)) / (1.0 + fabs(value))
        if err > worst:
            worst = err
        if i % 2000 == 0:
            samples.append(value)
    return total, terms, worst, samples
