# distutils: language = c++
# cython: language_level=3
"""Bootstrap intervals with resampling into a reused vector and std::nth_element medians.

Each resample is drawn into one preallocated vector<double>; its median needs only the
middle order statistics, so std::nth_element (linear time) replaces the full sort, and
for even sizes the lower middle value is the maximum of the left partition. The
bootstrap means and medians are sorted once with std::sort for the percentiles.

Keywords: bootstrap, resampling, libcpp vector, nth_element, percentile, c++
"""

import cython
from libcpp.vector cimport vector
from libcpp.algorithm cimport sort, nth_element, max_element
from libc.math cimport sqrt, pow
from cython.operator cimport dereference as deref

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef double percentile(vector[double] &v, double q) noexcept nogil:
    cdef size_t size = v.size()
    cdef double pos = q * (size - 1)
    cdef size_t lo = <size_t> pos
    cdef size_t hi = lo + 1 if lo + 1 < size - 1 else size - 1
    return v[lo] + (v[hi] - v[lo]) * (pos - lo)


@cython_benchmark(args=(600, 500))
@cython.boundscheck(False)
@cython.cdivision(True)
def bootstrap_mean_interval(int n, int resamples):
    """Bootstrap 95% intervals for the mean and median of n samples with B resamples."""
    if n <= 0 or resamples <= 0:
        return 0.0, 0.0, 0.0, 0.0, 0.0, 0.0
    cdef vector[double] data, sample, means, medians
    cdef long long state = 42424
    cdef int i, r
    cdef double u, s, grand = 0.0, var = 0.0
    data.resize(n)
    sample.resize(n)
    means.resize(resamples)
    medians.resize(resamples)
    with nogil:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            u = state / <double> 0x7FFFFFFF
            data[i] = u * u * 10.0
        for r in range(resamples):
            s = 0.0
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                sample[i] = data[state % n]
                s += sample[i]
            means[r] = s / n
            nth_element(sample.begin(), sample.begin() + n // 2, sample.end())
            if n % 2:
                medians[r] = sample[n // 2]
            else:
                medians[r] = (deref(max_element(sample.begin(), sample.begin() + n // 2)) + sample[n // 2]) / 2.0
        for r in range(resamples):
            grand += means[r]
        grand /= resamples
        for r in range(resamples):
            var += pow(means[r] - grand, 2.0)
        var /= (resamples - 1 if resamples - 1 > 1 else 1)
        sort(means.begin(), means.end())
        sort(medians.begin(), medians.end())
    return (percentile(means, 0.025), percentile(means, 0.975),
            percentile(medians, 0.025), percentile(medians, 0.975), grand, sqrt(var))
