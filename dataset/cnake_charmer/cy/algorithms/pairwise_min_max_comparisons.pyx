# cython: language_level=3
"""Pairwise min/max written once as a fused-type cdef function.

A ctypedef fused type covering long long and double lets one nogil implementation be
specialised for both the integer and the floating-point array (typed memoryviews),
so the 3n/2 comparison scheme runs as native compares for each element type.

Keywords: min max, pairwise comparisons, 3n/2, tournament method, classic exercise
"""

import cython
from array import array

from cnake_charmer.benchmarks import cython_benchmark


ctypedef fused number_t:
    long long
    double


cdef struct Extremes:
    Py_ssize_t lo_i
    Py_ssize_t hi_i
    long comparisons


@cython.boundscheck(False)
@cython.wraparound(False)
cdef Extremes min_max(number_t[::1] values) noexcept nogil:
    cdef Extremes e
    cdef Py_ssize_t n = values.shape[0], i, start, si, bi
    cdef number_t lo, hi, a, b
    e.lo_i = -1
    e.hi_i = -1
    e.comparisons = 0
    if n == 0:
        return e
    if n % 2:
        e.lo_i = 0
        e.hi_i = 0
        start = 1
    else:
        e.comparisons += 1
        if values[1] < values[0]:
            e.lo_i = 1
            e.hi_i = 0
        else:
            e.lo_i = 0
            e.hi_i = 1
        start = 2
    lo = values[e.lo_i]
    hi = values[e.hi_i]
    i = start
    while i < n - 1:
        a = values[i]
        b = values[i + 1]
        e.comparisons += 3
        if b < a:
            si = i + 1
            bi = i
        else:
            si = i
            bi = i + 1
        if values[si] < lo:
            lo = values[si]
            e.lo_i = si
        if values[bi] > hi:
            hi = values[bi]
            e.hi_i = bi
        i += 2
    return e


@cython_benchmark(args=(400000, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
def pairwise_min_max_comparisons(Py_ssize_t n, long long seed):
    """Return [(min, argmin, max, argmax, comparisons)] for an int array and a float array."""
    cdef Py_ssize_t size = n if n > 0 else 0, i
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long long[::1] ints = array('q', bytes(8 * size)) if size else array('q')
    cdef double[::1] floats = array('d', bytes(8 * size)) if size else array('d')
    for i in range(size):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        ints[i] = <long long>((state >> 4) % 1000003) - 500000
        floats[i] = (state % 65536) / 256.0 - (state >> 20) * 0.5
    cdef Extremes ei = min_max(ints)
    cdef Extremes ef = min_max(floats)
    if size == 0:
        return [(0, -1, 0, -1, 0), (0, -1, 0, -1, 0)]
    return [(ints[ei.lo_i], ei.lo_i, ints[ei.hi_i], ei.hi_i, ei.comparisons),
            (floats[ef.lo_i], ef.lo_i, floats[ef.hi_i], ef.hi_i, ef.comparisons)]
