# distutils: language = c++
# cython: language_level=3
"""Runs test with nth_element medians and a single nogil labelling pass.

Each sequence lives in a libcpp vector; the median comes from std::nth_element on a
copy (plus max_element for even lengths), and labels, run counts and group sizes are
accumulated in one nogil loop without building a label list.

Keywords: runs test, nth_element, libcpp vector, median, nogil, c++
"""

import cython
from libcpp.vector cimport vector
from libcpp.algorithm cimport nth_element, max_element
from libc.math cimport sqrt, fabs, pow
from cython.operator cimport dereference as deref

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef double median_copy(const vector[double] &v) noexcept nogil:
    cdef vector[double] s = v
    cdef size_t n = s.size(), h = n // 2
    nth_element(s.begin(), s.begin() + h, s.end())
    if n % 2:
        return s[h]
    return (deref(max_element(s.begin(), s.begin() + h)) + s[h]) / 2.0


@cython.cdivision(True)
cdef tuple runs_test(const vector[double] &v):
    cdef double med, expected, variance, z = 0.0, nn
    cdef long n1 = 0, n2 = 0, runs = 0
    cdef size_t i
    cdef int label, last = -1
    with nogil:
        med = median_copy(v)
        for i in range(v.size()):
            if v[i] == med:
                continue
            label = 1 if v[i] > med else 0
            if label:
                n1 += 1
            else:
                n2 += 1
            if label != last:
                runs += 1
            last = label
    if n1 == 0 or n2 == 0:
        return runs, n1, n2, 0.0
    nn = n1 + n2
    expected = 2.0 * n1 * n2 / nn + 1.0
    variance = 2.0 * n1 * n2 * (2.0 * n1 * n2 - nn) / (nn * nn * (nn - 1))
    z = (runs - expected) / sqrt(variance) if variance > 0 else 0.0
    return runs, n1, n2, z


@cython_benchmark(args=(80000,))
def wald_wolfowitz_runs(int n):
    """Runs-test results for a noise, a drifting and an alternating sequence of length n."""
    if n < 1:
        n = 1
    cdef vector[double] noise, drift, alternating
    cdef long long state = 9090
    cdef double u, level = 0.0
    cdef int i
    noise.resize(n)
    drift.resize(n)
    alternating.resize(n)
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = state / <double> 0x7FFFFFFF - 0.5
        noise[i] = u
        level += 0.1 * u
        drift[i] = level
        alternating[i] = (1.0 if i % 2 == 0 else -1.0) * (1.0 + fabs(u))
    return [runs_test(noise), runs_test(drift), runs_test(alternating)]
