# cython: language_level=3
"""Histograms of integer and real data from one fused-type binning kernel.

The binning routine is written once over a fused type (int and double) and operates on
typed memoryviews of array.array buffers, filling a C long counts array; each
specialisation computes the bin index with C division exactly as the Python int()
truncation does.

Keywords: histogram, fused types, memoryview, cpython array, binning, nogil
"""

import cython
from cpython cimport array
import array as pyarray

from cnake_charmer.benchmarks import cython_benchmark

ctypedef fused sample_t:
    int
    double


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef void histogram(const sample_t[::1] values, double lo, double hi, long[::1] counts) noexcept nogil:
    cdef Py_ssize_t bins = counts.shape[0], i, idx
    cdef double width = (hi - lo) / bins
    for i in range(bins):
        counts[i] = 0
    for i in range(values.shape[0]):
        idx = <Py_ssize_t> ((values[i] - lo) / width)
        if idx < 0:
            idx = 0
        if idx > bins - 1:
            idx = bins - 1
        counts[idx] += 1


cdef int argmax(long[::1] counts):
    cdef Py_ssize_t i, best = 0
    for i in range(counts.shape[0]):
        if counts[i] > counts[best]:
            best = i
    return <int> best


@cython_benchmark(args=(60000, 32))
@cython.boundscheck(False)
@cython.wraparound(False)
def fixed_width_histogram(int n, int bins):
    """Histogram n integer and n real samples into `bins` bins each."""
    if bins <= 0:
        return [], -1, [], -1
    cdef int[::1] ints = array.clone(pyarray.array('i'), n, zero=False)
    cdef double[::1] reals = array.clone(pyarray.array('d'), n, zero=False)
    cdef long[::1] icounts = array.clone(pyarray.array('l'), bins, zero=True)
    cdef long[::1] rcounts = array.clone(pyarray.array('l'), bins, zero=True)
    cdef long long state = 8080
    cdef int i, r, total
    cdef double a
    for i in range(n):
        total = 0
        for r in range(3):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            total += state % 6 + 1
        ints[i] = total * 7
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = state / <double> 0x7FFFFFFF
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        reals[i] = a + state / <double> 0x7FFFFFFF
    with nogil:
        histogram(ints, 21.0, 126.0, icounts)
        histogram(reals, 0.0, 2.0, rcounts)
    return (list(icounts), argmax(icounts), list(rcounts), argmax(rcounts))
