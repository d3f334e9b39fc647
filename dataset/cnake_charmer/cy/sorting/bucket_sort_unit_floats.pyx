# distutils: language = c++
# cython: language_level=3
"""Bucket sort of doubles using a C++ vector of vectors and std::sort.

Each bucket is a std::vector<double>, filled with push_back and ordered with std::sort
from libcpp.algorithm; the flattened result is another vector. All loops are typed, and
only the sampled values become Python floats.

Keywords: bucket sort, floating point, distribution sort, uniform, buckets
"""

import cython
from libcpp.vector cimport vector
from libcpp.algorithm cimport sort

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(120000, 1000, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
def bucket_sort_unit_floats(Py_ssize_t n, int n_buckets, long long seed):
    """Return (largest bucket, empty buckets, weighted sum, samples); n_buckets >= 1."""
    if n_buckets < 1:
        raise ValueError("need at least one bucket")
    cdef vector[vector[double]] buckets
    cdef vector[double] ordered
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef Py_ssize_t i, largest = 0, empty = 0, size = n if n > 0 else 0
    cdef int b
    cdef double v, weighted = 0.0
    buckets.resize(n_buckets)
    ordered.reserve(size)
    for i in range(size):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        v = state / 2147483648.0
        buckets[<int>(v * n_buckets)].push_back(v)
    for b in range(n_buckets):
        sort(buckets[b].begin(), buckets[b].end())
        if <Py_ssize_t>buckets[b].size() > largest:
            largest = buckets[b].size()
        if buckets[b].size() == 0:
            empty += 1
        for v in buckets[b]:
            ordered.push_back(v)
    for i in range(size):
        weighted += (i % 7) * ordered[i]
    step = max(1, size // 9)
    return largest, empty, weighted, [ordered[i] for i in range(0, size, step)]
