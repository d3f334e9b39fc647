# cython: language_level=3
"""NLMS adaptation with a circular delay line in cpython.array memoryviews.

The input history is a circular buffer indexed modulo the filter length instead of a
list rebuilt every sample; weights, plant and history are cpython.array double
buffers seen as memoryviews, and the dot products and weight update are nogil loops
in the same term order as the Python side.

Keywords: adaptive filter, nlms, circular buffer, cpython array, memoryview, nogil
"""

import cython
from cpython cimport array
import array as pyarray
from libc.math cimport pow

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef double adapt(double[::1] weights, const double[::1] plant, double[::1] hist,
                  int n, unsigned long long *seed, int *late_count) noexcept nogil:
    cdef Py_ssize_t taps = weights.shape[0], k, head = 0, idx
    cdef unsigned long long state = seed[0]
    cdef double x, desired, estimate, error, power, late = 0.0, mu = 0.5
    cdef int i
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = state / <double> 0x7FFFFFFF - 0.5
        head = head - 1 if head > 0 else taps - 1
        hist[head] = x
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        desired = 0.0
        estimate = 0.0
        power = 0.0
        idx = head
        for k in range(taps):
            desired += plant[k] * hist[idx]
            estimate += weights[k] * hist[idx]
            power += hist[idx] * hist[idx]
            idx += 1
            if idx == taps:
                idx = 0
        desired = desired + 0.01 * (state / <double> 0x7FFFFFFF - 0.5)
        error = desired - estimate
        power = power + 1e-6
        idx = head
        for k in range(taps):
            weights[k] = weights[k] + mu * error * hist[idx] / power
            idx += 1
            if idx == taps:
                idx = 0
        if i >= n - n // 10:
            late += error * error
            late_count[0] += 1
    seed[0] = state
    return late


@cython_benchmark(args=(20000, 16))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def lms_adaptive_filter(int n, int taps):
    """Run NLMS for n samples with `taps` weights; return misalignment, late MSE and weights."""
    if taps <= 0:
        return 0.0, 0.0, []
    cdef array.array tmpl = pyarray.array('d')
    cdef double[::1] plant = array.clone(tmpl, taps, zero=False)
    cdef double[::1] weights = array.clone(tmpl, taps, zero=True)
    cdef double[::1] hist = array.clone(tmpl, taps, zero=True)
    cdef unsigned long long seed = 1618
    cdef int late_count = 0, k
    cdef double late, mis = 0.0
    for k in range(taps):
        plant[k] = ((k * 5) % 7 - 3) * 0.25 / (1 + k)
    with nogil:
        late = adapt(weights, plant, hist, n, &seed, &late_count)
        for k in range(taps):
            mis += pow(weights[k] - plant[k], 2.0)
    return mis, (late / late_count if late_count else 0.0), [weights[k] for k in range(min(taps, 6))]
