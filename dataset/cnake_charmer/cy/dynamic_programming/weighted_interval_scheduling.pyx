# cython: language_level=3
"""Weighted interval scheduling over qsort-ed C structs with an inline upper bound.

Intervals are an array of ``Interval`` structs sorted by libc ``qsort`` on
(end, start, weight); the predecessor search is an inline binary search over the
sorted ends, and the DP and decision arrays are C buffers.

Keywords: dynamic programming, interval scheduling, binary search, sorting, optimization
"""

import cython
from libc.stdlib cimport malloc, calloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Interval:
    int end
    int start
    int weight


cdef int interval_cmp(const void *a, const void *b) noexcept nogil:
    cdef const Interval *x = <const Interval *>a
    cdef const Interval *y = <const Interval *>b
    if x.end != y.end:
        return -1 if x.end < y.end else 1
    if x.start != y.start:
        return -1 if x.start < y.start else 1
    return (x.weight > y.weight) - (x.weight < y.weight)


cdef inline int upper_bound(const Interval *iv, int hi, int key) noexcept nogil:
    cdef int lo = 0, mid
    while lo < hi:
        mid = (lo + hi) >> 1
        if iv[mid].end <= key:
            lo = mid + 1
        else:
            hi = mid
    return lo


@cython_benchmark(args=(40000, 43))
@cython.boundscheck(False)
@cython.wraparound(False)
def weighted_interval_scheduling(int n, long long seed):
    """Return (best total weight, intervals chosen, first 5 chosen (start, end, weight))."""
    cdef Interval *iv = <Interval *>malloc((n + 1) * sizeof(Interval))
    cdef long long *best = <long long *>calloc(n + 1, sizeof(long long))
    cdef char *take = <char *>calloc(n + 1, 1)
    cdef int *prior = <int *>calloc(n + 1, sizeof(int))
    cdef long long state = seed & 0x7FFFFFFF, with_it
    cdef int i, start, length
    chosen = []
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            start = <int>((state >> 4) % 1000000)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            length = <int>(1 + (state >> 4) % 5000)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            iv[i].end = start + length
            iv[i].start = start
            iv[i].weight = <int>(1 + (state >> 4) % 1000)
        with nogil:
            qsort(iv, n, sizeof(Interval), interval_cmp)
            for i in range(1, n + 1):
                prior[i] = upper_bound(iv, i - 1, iv[i - 1].start)
                with_it = best[prior[i]] + iv[i - 1].weight
                if with_it > best[i - 1]:
                    best[i] = with_it
                    take[i] = 1
                else:
                    best[i] = best[i - 1]
        i = n
        while i > 0:
            if take[i]:
                chosen.append((iv[i - 1].start, iv[i - 1].end, iv[i - 1].weight))
                i = prior[i]
            else:
                i -= 1
        chosen.reverse()
        result = (best[n], len(chosen), chosen[:5])
    finally:
        free(iv); free(best); free(take); free(prior)
    return result
