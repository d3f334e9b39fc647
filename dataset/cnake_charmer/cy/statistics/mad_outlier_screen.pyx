# distutils: language = c++
# cython: language_level=3
"""MAD outlier screen with linear-time medians from std::nth_element.

Both medians (of the data and of the absolute deviations) need only one or two order
statistics, so std::nth_element on a scratch vector replaces full sorts. Flagging and
the inlier mean are a single nogil pass over the original data.

Keywords: median absolute deviation, nth_element, libcpp vector, robust statistics, c++
"""

import cython
from libcpp.vector cimport vector
from libcpp.algorithm cimport nth_element, max_element
from libc.math cimport fabs
from cython.operator cimport dereference as deref

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef double median_of(vector[double] &s) noexcept nogil:
    cdef size_t n = s.size(), h = n // 2
    nth_element(s.begin(), s.begin() + h, s.end())
    if n % 2:
        return s[h]
    return (deref(max_element(s.begin(), s.begin() + h)) + s[h]) / 2.0


@cython_benchmark(args=(80000,))
@cython.boundscheck(False)
@cython.cdivision(True)
def mad_outlier_screen(int n):
    """Median, scaled MAD, outlier count, first outlier indices and mean of inliers."""
    if n <= 0:
        return 0.0, 0.0, 0, [], 0.0
    cdef vector[double] data, scratch
    cdef long long state = 6174
    cdef int i, count = 0, kept = 0
    cdef double u, med, mad, total = 0.0
    cdef list first = []
    data.resize(n)
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = state / <double> 0x7FFFFFFF
        data[i] = 50.0 + 10.0 * u + (400.0 * u if i % 53 == 7 else 0.0)
    scratch = data
    med = median_of(scratch)
    for i in range(n):
        scratch[i] = fabs(data[i] - med)
    mad = 1.4826 * median_of(scratch)
    for i in range(n):
        if mad > 0 and fabs(data[i] - med) / mad > 3.5:
            count += 1
            if count <= 6:
                first.append(i)
        else:
            total += data[i]
            kept += 1
    return med, mad, count, first, (total / kept if kept else 0.0)
