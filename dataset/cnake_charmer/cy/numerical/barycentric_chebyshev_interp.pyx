# cython: language_level=3
"""Barycentric interpolation with each evaluation point handled in parallel.

Nodes, values and weights are stored in cpython.array buffers viewed as typed
memoryviews. Each evaluation point is independent, so a prange loop fills a result
buffer in parallel (one float per point, no shared reduction); the statistics are then
taken serially in the Python side's order.

The speedup of this pair depends on free cores: on an oversubscribed machine the OpenMP
threads wait on each other at the loop's barrier and the measured gain can drop sharply.

Keywords: interpolation, barycentric, chebyshev nodes, prange, cpython array, memoryview
"""

import cython
from cython.parallel cimport prange
from cpython cimport array
import array as pyarray
from libc.math cimport cos, fabs, M_PI

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double runge(double x) noexcept nogil:
    return 1.0 / (1.0 + 25.0 * x * x)


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef inline double bary_eval(double x, const double[::1] nodes, const double[::1] values,
                             const double[::1] weights) noexcept nogil:
    cdef double num = 0.0, den = 0.0, d, t
    cdef Py_ssize_t j
    for j in range(nodes.shape[0]):
        d = x - nodes[j]
        if d == 0.0:
            return values[j]
        t = weights[j] / d
        num += t * values[j]
        den += t
    return num / den


@cython_benchmark(args=(200, 3000))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def barycentric_chebyshev_interp(int n, int m):
    """Interpolate Runge's function through n Chebyshev points; evaluate at m points."""
    if n < 2 or m < 1:
        return 0.0, 0.0, []
    cdef array.array template = pyarray.array('d')
    cdef array.array anodes = array.clone(template, n, zero=False)
    cdef array.array avalues = array.clone(template, n, zero=False)
    cdef array.array aweights = array.clone(template, n, zero=False)
    cdef array.array aout = array.clone(template, m, zero=False)
    cdef double[::1] nodes = anodes, values = avalues, weights = aweights, out = aout
    cdef Py_ssize_t j, i
    cdef double err, max_err = 0.0, total = 0.0
    for j in range(n):
        nodes[j] = cos(M_PI * j / (n - 1))
        values[j] = runge(nodes[j])
        weights[j] = 1.0 if j % 2 == 0 else -1.0
    weights[0] *= 0.5
    weights[n - 1] *= 0.5
    for i in prange(m, nogil=True, schedule='static'):
        out[i] = bary_eval(-1.0 + 2.0 * (i + 0.5) / m, nodes, values, weights)
    for i in range(m):
        err = fabs(out[i] - runge(-1.0 + 2.0 * (i + 0.5) / m))
        if err > max_err:
            max_err = err
        total += out[i]
    cdef Py_ssize_t stride = m // 6 if m // 6 > 1 else 1
    return max_err, total, [out[i] for i in range(0, m, stride)]
