# cython: language_level=3
"""Cross-correlation delay estimation with an inline lagged dot product.

Both channels live in cpython.array buffers viewed as contiguous memoryviews; every
lag's dot product is an inline nogil loop over the overlapping range, and the
correlation values go into a cython.view array before the peak search and parabolic
refinement.

Keywords: cross correlation, memoryview, cpython array, cython view, inline, nogil
"""

import cython
from cpython cimport array
import array as pyarray
from cython.view cimport array as cvarray
from libc.math cimport sin, sqrt

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef inline double lagged(const double[::1] a, const double[::1] b, Py_ssize_t lag) noexcept nogil:
    cdef Py_ssize_t n = a.shape[0], i
    cdef Py_ssize_t lo = -lag if -lag > 0 else 0
    cdef Py_ssize_t hi = n - lag if n - lag < n else n
    cdef double s = 0.0
    for i in range(lo, hi):
        s += a[i] * b[i + lag]
    return s


@cython_benchmark(args=(6000, 120))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def cross_correlation_delay(int n, int max_lag):
    """Estimate the delay between two generated channels of length n."""
    if n <= 0:
        return 0, 0.0, 0.0, []
    cdef Py_ssize_t delay = 37, i, k, lags = 2 * max_lag + 1, best = 0
    cdef double[::1] ref = array.clone(pyarray.array('d'), n, zero=False)
    cdef double[::1] echo = array.clone(pyarray.array('d'), n, zero=False)
    cdef double[::1] corr = cvarray(shape=(lags,), itemsize=sizeof(double), format="d")
    cdef long long state = 777
    cdef double src, e1 = 0.0, e2 = 0.0, norm, refined, a, b, c, denom
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        ref[i] = (1.0 if (i % 97) < 5 else 0.0) + sin(0.05 * i) * 0.3 + 0.2 * (state / <double> 0x7FFFFFFF - 0.5)
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        src = ref[i - delay] if i >= delay else 0.0
        echo[i] = 0.6 * src + 0.2 * (state / <double> 0x7FFFFFFF - 0.5)
    with nogil:
        for i in range(n):
            e1 += ref[i] * ref[i]
        for i in range(n):
            e2 += echo[i] * echo[i]
        norm = sqrt(e1 * e2)
        for k in range(lags):
            corr[k] = lagged(ref, echo, k - max_lag) / norm
        for k in range(lags):
            if corr[k] > corr[best]:
                best = k
    refined = <double> (best - max_lag)
    if 0 < best < lags - 1:
        a = corr[best - 1]
        b = corr[best]
        c = corr[best + 1]
        denom = a - 2 * b + c
        if denom != 0:
            refined += 0.5 * (a - c) / denom
    return best - max_lag, refined, corr[best], [corr[k] for k in range(0, lags, lags // 5 if lags // 5 > 1 else 1)]
