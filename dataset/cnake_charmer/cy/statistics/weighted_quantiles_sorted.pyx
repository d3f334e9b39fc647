# cython: language_level=3
"""Weighted quantiles via counting-sort accumulation of weight per value.

Values are bounded integers (0..99999), so instead of sorting (value, weight) pairs the
weights are accumulated into a C array indexed by value; the quantile scan walks that
array in value order with cumulative sums. The weighted moments use C integer and
double arithmetic.

Keywords: weighted quantile, counting sort, calloc, int64, nogil, cumulative sum
"""

import cython
from libc.stdlib cimport calloc, free
from libc.stdint cimport int64_t

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    VALUE_RANGE = 100000


@cython_benchmark(args=(40000,))
@cython.cdivision(True)
def weighted_quantiles_sorted(int n):
    """Weighted 5%..95% quantiles of n weighted observations, weighted mean and variance."""
    if n <= 0:
        return [], 0.0, 0.0
    cdef int64_t *wsum = <int64_t *> calloc(VALUE_RANGE, sizeof(int64_t))
    cdef long long state = 7777
    cdef int i, value, step, v
    cdef int64_t weight, total = 0, cumulative = 0, vw = 0
    cdef double target, mean, var = 0.0, d
    cdef list quantiles = []
    if wsum == NULL:
        raise MemoryError()
    try:
        with nogil:
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                value = <int> (state % 100000)
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                weight = 1 + state % 9 + value // 20000
                wsum[value] += weight
                total += weight
                vw += value * weight
        v = 0
        for step in range(1, 20):
            target = step * total / 20.0
            while v < VALUE_RANGE and (wsum[v] == 0 or cumulative + wsum[v] < target):
                cumulative += wsum[v]
                v += 1
            quantiles.append(v)
        mean = vw / <double> total
        with nogil:
            for v in range(VALUE_RANGE):
                if wsum[v]:
                    d = v - mean
                    var += wsum[v] * (d * d)
        return quantiles, mean, var / total
    finally:
        free(wsum)
