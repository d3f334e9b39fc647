# distutils: language = c++
# cython: language_level=3
"""Theil-Sen slope with the pairwise slopes in a C++ vector and nth_element medians.

All O(n^2) pairwise slopes are written into a preallocated vector<double> in a nogil
double loop; the median comes from std::nth_element (linear expected time) rather
than sorting, with the lower middle value found by max_element for even counts. The
intercept median reuses the same routine.

Keywords: theil sen estimator, robust regression, libcpp vector, nth_element, nogil, c++
"""

import cython
from libcpp.vector cimport vector
from libcpp.algorithm cimport nth_element, max_element
from libc.math cimport pow
from cython.operator cimport dereference as deref

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef double median_inplace(vector[double] &v) noexcept nogil:
    cdef size_t n = v.size(), h = n // 2
    nth_element(v.begin(), v.begin() + h, v.end())
    if n % 2:
        return v[h]
    return (deref(max_element(v.begin(), v.begin() + h)) + v[h]) / 2.0


@cython_benchmark(args=(700,))
@cython.boundscheck(False)
@cython.cdivision(True)
def theil_sen_slope_estimator(int n):
    """Theil-Sen slope and intercept, OLS slope and number of slope pairs for n points."""
    cdef vector[double] xs, ys, slopes, resid
    cdef long long state = 3141
    cdef int i, j
    cdef double x, y, noise, slope, intercept, mx = 0.0, my = 0.0, sxx = 0.0, sxy = 0.0, ols
    if n < 0:
        n = 0
    xs.resize(n)
    ys.resize(n)
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = <double> (i % 97) + (state % 1000) / 1000.0
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        noise = (state / <double> 0x7FFFFFFF - 0.5) * 2.0
        y = 0.75 * x + 2.0 + (noise * 40.0 if i % 8 == 3 else noise)
        xs[i] = x
        ys[i] = y
    slopes.reserve(<size_t> n * (n - 1) // 2 if n > 1 else 1)
    with nogil:
        for i in range(n):
            for j in range(i + 1, n):
                if xs[j] != xs[i]:
                    slopes.push_back((ys[j] - ys[i]) / (xs[j] - xs[i]))
    if slopes.size() == 0:
        return 0.0, 0.0, 0.0, 0
    resid.resize(n)
    with nogil:
        slope = median_inplace(slopes)
        for i in range(n):
            resid[i] = ys[i] - slope * xs[i]
        intercept = median_inplace(resid)
        for i in range(n):
            mx += xs[i]
            my += ys[i]
        mx /= n
        my /= n
        for i in range(n):
            sxx += pow(xs[i] - mx, 2.0)
            sxy += (xs[i] - mx) * (ys[i] - my)
    ols = sxy / sxx if sxx > 0 else 0.0
    return slope, intercept, ols, <long> slopes.size()
