# cython: language_level=3
"""Plain and Steffensen fixed-point iteration as nogil C loops.

The map is an inline cdef function of its two parameters; both solvers return the
fixed point and write their iteration counts through pointers, so the batch runs with
C doubles and ints instead of closures and boxed floats.

Keywords: fixed point iteration, steffensen method, aitken, inline, pointer, nogil
"""

import cython
from libc.math cimport cos, fabs, pow

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double gmap(double x, double k, double c) noexcept nogil:
    return 0.5 * cos(k * x) + c


cdef double plain(double k, double c, int *iters) noexcept nogil:
    cdef double x = 0.0, nxt
    cdef int it
    cdef bint done
    for it in range(1, 2001):
        nxt = gmap(x, k, c)
        done = fabs(nxt - x) < 1e-13
        x = nxt
        if done:
            break
    iters[0] = it
    return x


@cython.cdivision(True)
cdef double steffensen(double k, double c, int *iters) noexcept nogil:
    cdef double y = 0.0, y1, y2, denom, nxt
    cdef int it
    cdef bint done
    for it in range(1, 201):
        y1 = gmap(y, k, c)
        y2 = gmap(y1, k, c)
        denom = y2 - 2.0 * y1 + y
        nxt = y2 if denom == 0.0 else y - pow(y1 - y, 2.0) / denom
        done = fabs(nxt - y) < 1e-13
        y = nxt
        if done:
            break
    iters[0] = it
    return y


@cython_benchmark(args=(8000,))
@cython.cdivision(True)
def steffensen_fixed_point(int count):
    """Solve count fixed-point problems two ways; return counts, sums and samples."""
    cdef long plain_total = 0, steff_total = 0
    cdef double plain_sum = 0.0, steff_sum = 0.0, k, c, x, y
    cdef int i, pi, si
    cdef int denom = count if count > 1 else 1
    cdef list samples = []
    for i in range(count):
        k = 0.2 + 1.6 * i / denom
        c = 0.1 + 0.8 * ((i * 37) % 101) / 101.0
        x = plain(k, c, &pi)
        y = steffensen(k, c, &si)
        plain_total += pi
        plain_sum += x
        steff_total += si
        steff_sum += y
        if i % 2000 == 0:
            samples.append(y)
    return plain_total, steff_total, plain_sum, steff_sum, samples
