# cython: language_level=3
"""Shell sort over a cpython.array buffer with the gaps in a C array.

The data is held in an array.array('l') created with array.clone and accessed through
its raw data pointer; the gap sequence sits in a small fixed-size C array, and the
gapped insertion loops are all typed C code.

Keywords: shell sort, gap sequence, Ciura, insertion sort, comparisons
"""

import cython
from cpython cimport array
import array

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(40000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def shell_sort_ciura_gaps(Py_ssize_t n, long long seed):
    """Shell-sort n LCG values; return (comparisons, samples, first-last spread)."""
    cdef long gaps[64]
    cdef int ngaps = 8
    cdef int g
    cdef long base[8]
    base[:] = [1, 4, 10, 23, 57, 132, 301, 701]
    for g in range(8):
        gaps[g] = base[g]
    while gaps[ngaps - 1] * 9 // 4 < n and ngaps < 64:
        gaps[ngaps] = gaps[ngaps - 1] * 9 // 4
        ngaps += 1
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef array.array arr = array.clone(array.array('l'), size, zero=True)
    cdef long *data = arr.data.as_longs
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef Py_ssize_t i, j, gap
    cdef long item
    cdef long long comparisons = 0
    for i in range(size):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        data[i] = <long>(state >> 4)
    for g in range(ngaps - 1, -1, -1):
        gap = gaps[g]
        for i in range(gap, size):
            item = data[i]
            j = i
            while j >= gap:
                comparisons += 1
                if data[j - gap] <= item:
                    break
                data[j] = data[j - gap]
                j -= gap
            data[j] = item
    step = max(1, size // 10)
    spread = data[size - 1] - data[0] if size > 0 else 0
    return comparisons, [data[i] for i in range(0, size, step)], spread
