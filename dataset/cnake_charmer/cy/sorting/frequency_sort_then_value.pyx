# distutils: language = c++
# cython: language_level=3
"""Frequency sort with a C++ unordered_map and a sorted vector of packed keys.

Counts live in a std::unordered_map<long long, int>; each element becomes a
(-frequency, value) std::pair in a vector ordered by std::sort, which gives exactly
the Python key order without Python tuples or a lambda.

Keywords: frequency sort, counting, hash map, composite key, histogram
"""

import cython
from libcpp.unordered_map cimport unordered_map
from libcpp.vector cimport vector
from libcpp.pair cimport pair
from libcpp.algorithm cimport sort

from cnake_charmer.benchmarks import cython_benchmark

ctypedef long long value_t


@cython_benchmark(args=(80000, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
def frequency_sort_then_value(Py_ssize_t n, long long seed):
    """Return (top 10 distinct values, order checksum, singleton count)."""
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t i
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF), r
    cdef long long v, checksum = 0
    cdef vector[value_t] values
    cdef unordered_map[value_t, int] freq
    cdef vector[pair[int, value_t]] keyed
    cdef int singles = 0
    cdef list top = []
    values.reserve(size)
    for i in range(size):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        r = state >> 8
        if r % 3 == 0:
            v = <long long>(r % 50) * 1000003
        else:
            v = <long long>(r % 30011)
        values.push_back(v)
        freq[v] += 1
    keyed.reserve(size)
    for i in range(size):
        keyed.push_back(pair[int, value_t](-freq[values[i]], values[i]))
    sort(keyed.begin(), keyed.end())
    for i in range(size):
        checksum = (checksum + (i + 1) * (keyed[i].second % 65521)) % 1000000007
        if len(top) < 10 and (i == 0 or keyed[i].second != keyed[i - 1].second):
            top.append(keyed[i].second)
    for kv in freq:
        if kv.second == 1:
            singles += 1
    return top, checksum, singles
