# cython: language_level=3
"""Michaelis-Menten linearised fits with accumulator structs over typed double memoryviews.

Substrate and rate series are written into two ``double[::1]`` memoryviews reused for
every enzyme; each linearisation feeds an inline ``nogil`` function that accumulates
the four least-squares sums in a ``ctypedef struct`` and returns slope and intercept in
another, with ``pow`` and ``fabs`` from libc.math.

Keywords: chemistry, enzyme kinetics, michaelis-menten, lineweaver-burk, hanes-woolf, eadie-hofstee, least squares
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport pow, fabs

from cnake_charmer.benchmarks import cython_benchmark

ctypedef struct Sums:
    double sx
    double sy
    double sxx
    double sxy

ctypedef struct Line:
    double slope
    double intercept


cdef inline void _add(Sums *acc, double x, double y) noexcept nogil:
    acc.sx += x
    acc.sy += y
    acc.sxx += x * x
    acc.sxy += x * y


cdef inline Line _finish(Sums *acc, int n) noexcept nogil:
    cdef Line line
    line.slope = (n * acc.sxy - acc.sx * acc.sy) / (n * acc.sxx - acc.sx * acc.sx)
    line.intercept = (acc.sy - line.slope * acc.sx) / n
    return line


cdef inline double _uniform(unsigned long long *state) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <double>(state[0] >> 8) / 8388608.0


@cython_benchmark(args=(6000, 40, 13))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def michaelis_menten_linearized_fits(int enzymes, int points, long long seed):
    """Return (mean relative Km error per method, Hanes better count, first fits per method)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef double[::1] sub = cvarray(shape=(points + 1,), itemsize=sizeof(double), format="d")
    cdef double[::1] rate = cvarray(shape=(points + 1,), itemsize=sizeof(double), format="d")
    cdef double errors[3]
    cdef double fit_v[3]
    cdef double fit_k[3]
    cdef double vmax, km, s, v
    cdef Sums lb, hw, eh
    cdef Line line
    cdef int e, i, m
    cdef long long hanes_better = 0
    cdef list samples = []
    errors[0] = errors[1] = errors[2] = 0.0
    for e in range(enzymes):
        with nogil:
            vmax = 1.0 + 9.0 * _uniform(&state)
            km = 0.05 + 4.95 * _uniform(&state)
            for i in range(points):
                sub[i] = km * 0.1 * pow(1.25, <double>i)
            for i in range(points):
                s = sub[i]
                rate[i] = vmax * s / (km + s) * (1.0 + 0.04 * (_uniform(&state) - 0.5))
            lb = Sums(0.0, 0.0, 0.0, 0.0)
            hw = Sums(0.0, 0.0, 0.0, 0.0)
            eh = Sums(0.0, 0.0, 0.0, 0.0)
            for i in range(points):
                s = sub[i]
                v = rate[i]
                _add(&lb, 1.0 / s, 1.0 / v)
                _add(&hw, s, s / v)
                _add(&eh, v / s, v)
            line = _finish(&lb, points)
            fit_v[0] = 1.0 / line.intercept
            fit_k[0] = line.slope / line.intercept
            line = _finish(&hw, points)
            fit_v[1] = 1.0 / line.slope
            fit_k[1] = line.intercept / line.slope
            line = _finish(&eh, points)
            fit_v[2] = line.intercept
            fit_k[2] = -line.slope
            for m in range(3):
                errors[m] += fabs(fit_k[m] - km) / km
            if fabs(fit_k[1] - km) < fabs(fit_k[0] - km):
                hanes_better += 1
        if len(samples) < 3:
            samples.append([(fit_v[m], fit_k[m]) for m in range(3)])
    if enzymes:
        means = [errors[m] / enzymes for m in range(3)]
    else:
        means = [errors[m] for m in range(3)]
    return (means, hanes_better, samples)
