# cython: language_level=3
"""Galloping intersection over two PyMem buffers with C index arithmetic.

Both sorted lists are generated into PyMem_Malloc'd int arrays; the exponential probe
and the bounded binary search are plain C loops on Py_ssize_t indices, and matches are
only counted (plus the first ten kept in a C array).

Keywords: exponential search, galloping, set intersection, binary search, sorted lists
"""

import cython
from cpython.mem cimport PyMem_Malloc, PyMem_Free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(20000, 400000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def galloping_intersection_search(Py_ssize_t short_len, Py_ssize_t long_len, long long seed):
    """Return (common count, comparisons, first 10 common values)."""
    cdef Py_ssize_t ns = short_len if short_len > 0 else 0
    cdef Py_ssize_t nb = long_len if long_len > 0 else 0
    cdef Py_ssize_t i, start = 0, step, hi, lo, mid, ncommon = 0
    cdef long long comparisons = 0
    cdef int v = 0, key
    cdef int first[10]
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int *small = <int *>PyMem_Malloc((ns + 1) * sizeof(int))
    cdef int *big = <int *>PyMem_Malloc((nb + 1) * sizeof(int))
    if small == NULL or big == NULL:
        PyMem_Free(small)
        PyMem_Free(big)
        raise MemoryError()
    try:
        for i in range(ns):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            v += 1 + <int>(state % 40)
            small[i] = v
        v = 0
        for i in range(nb):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            v += 1 + <int>(state % 3)
            big[i] = v
        with nogil:
            for i in range(ns):
                key = small[i]
                step = 1
                hi = start
                while hi < nb and big[hi] < key:
                    comparisons += 1
                    start = hi + 1
                    hi += step
                    step *= 2
                lo = start
                if hi > nb - 1:
                    hi = nb - 1
                while lo <= hi:
                    comparisons += 1
                    mid = (lo + hi) // 2
                    if big[mid] < key:
                        lo = mid + 1
                    else:
                        hi = mid - 1
                start = lo
                if lo < nb and big[lo] == key:
                    if ncommon < 10:
                        first[ncommon] = key
                    ncommon += 1
        return ncommon, comparisons, [first[i] for i in range(min(10, ncommon))]
    finally:
        PyMem_Free(small)
        PyMem_Free(big)
