# cython: language_level=3
"""OLS line fit over cpython.array columns with fused passes in nogil loops.

x and y are generated into cpython.array double buffers and read through contiguous
memoryviews; the sums of squares, residual pass and worst-residual search are nogil
loops with C doubles, replacing the generator expressions and the lambda key.

Keywords: linear regression, least squares, cpython array, memoryview, nogil
"""

import cython
from cpython cimport array
import array as pyarray
from libc.math cimport sqrt, fabs, pow

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(80000,))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def simple_linear_regression_fit(int n):
    """Fit y = a + b x to n noisy points; return slope, intercept, R^2, SEs, worst index."""
    if n < 3:
        return 0.0, 0.0, 0.0, 0.0, 0.0, -1
    cdef array.array tmpl = pyarray.array('d')
    cdef double[::1] xs = array.clone(tmpl, n, zero=False)
    cdef double[::1] ys = array.clone(tmpl, n, zero=False)
    cdef long long state = 13579
    cdef Py_ssize_t i, worst = 0
    cdef double noise, mean_x = 0.0, mean_y = 0.0, sxx = 0.0, sxy = 0.0, syy = 0.0
    cdef double slope, intercept, r, sse = 0.0, r2, sigma, se_slope, big = -1.0
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        xs[i] = i / <double> n * 10.0
        noise = (state / <double> 0x7FFFFFFF - 0.5) * 2.0
        if i % 97 == 13:
            noise *= 15.0
        ys[i] = 2.5 * xs[i] - 1.0 + noise
    with nogil:
        for i in range(n):
            mean_x += xs[i]
        for i in range(n):
            mean_y += ys[i]
        mean_x /= n
        mean_y /= n
        for i in range(n):
            sxx += pow(xs[i] - mean_x, 2.0)
        for i in range(n):
            sxy += (xs[i] - mean_x) * (ys[i] - mean_y)
        for i in range(n):
            syy += pow(ys[i] - mean_y, 2.0)
        slope = sxy / sxx
        intercept = mean_y - slope * mean_x
        for i in range(n):
            r = ys[i] - (intercept + slope * xs[i])
            sse += r * r
            if fabs(r) > big:
                big = fabs(r)
                worst = i
        r2 = 1.0 - sse / syy
        sigma = sqrt(sse / (n - 2))
        se_slope = sigma / sqrt(sxx)
    return slope, intercept, r2, sigma, se_slope, worst
