# cython: language_level=3
"""Two-pointer pair counting over a counting-sorted C array.

Because the values are small, the array is sorted with a counting pass into a
malloc'd int buffer (a C array of 5000 tallies) instead of a comparison sort; the
two-pointer scans are then nogil loops with 64-bit pair counters.

Keywords: two pointers, pair sum, sorted array, duplicates, counting
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef long long count_pairs(const int *values, Py_ssize_t n, int target) noexcept nogil:
    cdef Py_ssize_t lo = 0, hi = n - 1
    cdef long long pairs = 0, k, left, right
    cdef int s, a, b
    while lo < hi:
        s = values[lo] + values[hi]
        if s < target:
            lo += 1
        elif s > target:
            hi -= 1
        elif values[lo] == values[hi]:
            k = hi - lo + 1
            pairs += k * (k - 1) // 2
            break
        else:
            a = values[lo]
            b = values[hi]
            left = 0
            right = 0
            while lo <= hi and values[lo] == a:
                left += 1
                lo += 1
            while hi >= lo and values[hi] == b:
                right += 1
                hi -= 1
            pairs += left * right
    return pairs


@cython_benchmark(args=(30000, 36, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
def two_pointer_pair_sum_count(Py_ssize_t n, int n_targets, long long seed):
    """Return, for each generated target, the number of index pairs i < j with a[i] + a[j] == target."""
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t i, pos = 0
    cdef int tally[5000]
    cdef int v, t
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int *values = <int *>malloc((size + 1) * sizeof(int))
    if values == NULL:
        raise MemoryError()
    try:
        memset(tally, 0, sizeof(tally))
        for i in range(size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            tally[(state >> 5) % 5000] += 1
        for v in range(5000):
            for i in range(tally[v]):
                values[pos] = v
                pos += 1
        return [count_pairs(values, size, 2500 + t * 577 % 5000) for t in range(n_targets)]
    finally:
        free(values)
