# cython: language_level=3
"""FFD and BFD bin packing over cpython.array buffers of loads.

Item sizes and bin loads are ``cpython.array`` int arrays accessed through their raw
``as_ints`` pointers; sizes are sorted with a counting pass (sizes are bounded by the
capacity) instead of a comparison sort, and both heuristics scan C int buffers.

Keywords: optimization, bin packing, first fit decreasing, best fit, heuristics
"""

from cpython cimport array
import array
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef int first_fit(const int *sizes, int n, int capacity, int *loads) noexcept:
    cdef int bins = 0, i, k, s
    for i in range(n):
        s = sizes[i]
        for k in range(bins):
            if loads[k] + s <= capacity:
                loads[k] += s
                break
        else:
            loads[bins] = s
            bins += 1
    return bins


cdef int best_fit(const int *sizes, int n, int capacity, int *loads) noexcept:
    cdef int bins = 0, i, k, s, best, best_gap, gap
    for i in range(n):
        s = sizes[i]
        best = -1
        best_gap = capacity + 1
        for k in range(bins):
            gap = capacity - loads[k] - s
            if gap >= 0 and gap < best_gap:
                best_gap = gap
                best = k
        if best >= 0:
            loads[best] += s
        else:
            loads[bins] = s
            bins += 1
    return bins


@cython_benchmark(args=(2000, 1000, 5))
def bin_packing_first_fit_decreasing(int items, int capacity, long seed):
    """Return (FFD bins, FFD waste, BFD bins, BFD waste, first FFD bin loads)."""
    if capacity <= 0:
        raise ValueError("capacity must be positive")
    cdef int n = items if items > 0 else 0
    cdef array.array size_arr = array.clone(array.array("i"), n, zero=False)
    cdef array.array ff_arr = array.clone(array.array("i"), n, zero=True)
    cdef array.array bf_arr = array.clone(array.array("i"), n, zero=True)
    cdef int *sizes = size_arr.data.as_ints
    cdef int *counts = <int *>calloc(capacity + 1, sizeof(int))
    if counts == NULL:
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int i, v, pos = 0, ffb, bfb
    cdef long total = 0
    for i in range(n):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        v = 1 + <int>((state >> 8) % <unsigned long long>capacity)
        counts[v] += 1
        total += v
    for v in range(capacity, 0, -1):
        for i in range(counts[v]):
            sizes[pos] = v
            pos += 1
    free(counts)
    ffb = first_fit(sizes, n, capacity, ff_arr.data.as_ints)
    bfb = best_fit(sizes, n, capacity, bf_arr.data.as_ints)
    return (ffb, <long>ffb * capacity - total, bfb, <long>bfb * capacity - total,
            [ff_arr.data.as_ints[i] for i in range(ffb if ffb < 5 else 5)])
