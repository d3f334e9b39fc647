# cython: language_level=3
"""Autocorrelation function from lagged dot products over a contiguous memoryview.

The simulated series is written into a cython.view array and mean-removed in place;
each lag's dot product is an inline nogil loop over the C-contiguous memoryview, and
the ACF values go into a second buffer before the Ljung-Box sum is formed in C.

Keywords: autocorrelation, memoryview, cython view, time series, inline, nogil
"""

import cython
from cython.view cimport array as cvarray

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef inline double lagged_dot(const double[::1] c, Py_ssize_t k) noexcept nogil:
    cdef Py_ssize_t t, n = c.shape[0]
    cdef double s = 0.0
    for t in range(n - k):
        s += c[t] * c[t + k]
    return s


@cython_benchmark(args=(20000, 40))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def autocorrelation_ljung_box(int n, int max_lag):
    """ACF r_1..r_max_lag of a simulated AR(2) series of length n and the Ljung-Box Q."""
    if n < 2:
        return [], 0.0
    cdef double[::1] c = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef int lags = max_lag if max_lag < n - 1 else n - 1
    if lags < 0:
        lags = 0
    cdef double[::1] acf = cvarray(shape=(lags + 1,), itemsize=sizeof(double), format="d")
    cdef long long state = 2357
    cdef double prev1 = 0.0, prev2 = 0.0, value, mean = 0.0, denom = 0.0, q = 0.0
    cdef Py_ssize_t t, k
    for t in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        value = 0.6 * prev1 - 0.3 * prev2 + (state / <double> 0x7FFFFFFF - 0.5)
        c[t] = value
        prev2 = prev1
        prev1 = value
    for t in range(n):
        mean += c[t]
    mean /= n
    for t in range(n):
        c[t] = c[t] - mean
        denom += c[t] * c[t]
    with nogil:
        for k in range(1, lags + 1):
            acf[k] = lagged_dot(c, k) / denom
    for k in range(1, lags + 1):
        q += acf[k] * acf[k] / (n - k)
    return [acf[k] for k in range(1, lags + 1)], <double> n * (n + 2) * q
