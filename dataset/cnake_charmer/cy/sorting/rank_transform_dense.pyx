# distutils: language = c++
# cython: language_level=3
"""Dense ranks via std::sort, std::unique and std::lower_bound.

A sorted, de-duplicated copy of the values is built in a std::vector; each value's
rank is then a binary search (lower_bound) into it, replacing the Python set, sorted
list and dict lookups.

Keywords: rank transform, dense rank, coordinate compression, sorting, distinct values
"""

import cython
from libcpp.vector cimport vector
from libcpp.algorithm cimport sort, unique, lower_bound

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(150000, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
def rank_transform_dense(Py_ssize_t n, long long seed):
    """Return (distinct count, rank checksum, first 12 ranks) for n LCG values."""
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t i
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef unsigned long long checksum = 0
    cdef vector[long long] values
    cdef vector[long long] uniq
    cdef vector[int] ranks
    values.reserve(size)
    ranks.reserve(size)
    for i in range(size):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        values.push_back(<long long>((state >> 5) % <unsigned long long>(size + 7)) - 1000)
    uniq = values
    sort(uniq.begin(), uniq.end())
    uniq.erase(unique(uniq.begin(), uniq.end()), uniq.end())
    for i in range(size):
        ranks.push_back(<int>(lower_bound(uniq.begin(), uniq.end(), values[i]) - uniq.begin()) + 1)
    for i in range(size):
        checksum = (checksum * 1000003ULL + <unsigned long long>ranks[i]) % 1000000007ULL
    return <Py_ssize_t>uniq.size(), checksum, [ranks[i] for i in range(min(12, size))]
