# cython: language_level=3
"""Peak prominence with C scans and a boolean occupancy mask for the distance rule.

The signal is a malloc'd C array and the prominence scans are nogil pointer loops. The
minimum-distance rule marks a C byte mask around each kept peak (tallest first), so
each candidate is tested in O(1) instead of against every kept peak.

Keywords: peak detection, prominence, malloc, byte mask, nogil, libc math
"""

import cython
from libc.math cimport sin
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef double prominence(const double *x, int n, int i) noexcept nogil:
    cdef double left_min = x[i], right_min = x[i]
    cdef int j = i - 1
    while j >= 0 and x[j] <= x[i]:
        if x[j] < left_min:
            left_min = x[j]
        j -= 1
    j = i + 1
    while j < n and x[j] <= x[i]:
        if x[j] < right_min:
            right_min = x[j]
        j += 1
    return x[i] - (left_min if left_min > right_min else right_min)


@cython_benchmark(args=(20000, 40))
def peak_prominence_detect(int n, int distance):
    """Find prominent, well-separated peaks in an n-sample signal; return count and first peaks."""
    if n < 0:
        n = 0
    cdef double *x = <double *> malloc((n + 1) * sizeof(double))
    cdef double *prom = <double *> malloc((n + 1) * sizeof(double))
    cdef char *blocked = <char *> calloc(n + 1, 1)
    cdef char *kept = <char *> calloc(n + 1, 1)
    cdef long long state = 3030
    cdef int i, lo, hi, j, count = 0
    cdef double p
    cdef list order = []
    if not (x and prom and blocked and kept):
        free(x); free(prom); free(blocked); free(kept)
        raise MemoryError()
    try:
        with nogil:
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                x[i] = sin(0.013 * i) * sin(0.0021 * i) + 0.15 * (state / <double> 0x7FFFFFFF - 0.5)
        for i in range(1, n - 1):
            if x[i - 1] < x[i] >= x[i + 1]:
                p = prominence(x, n, i)
                if p >= 0.2:
                    prom[i] = p
                    order.append((-x[i], i))
        order.sort()
        for _, i in order:
            if not blocked[i]:
                kept[i] = 1
                count += 1
                lo = i - distance + 1 if i - distance + 1 > 0 else 0
                hi = i + distance - 1 if i + distance - 1 < n - 1 else n - 1
                for j in range(lo, hi + 1):
                    blocked[j] = 1
        positions = [i for i in range(n) if kept[i]][:10]
        return count, positions, [prom[i] for i in positions]
    finally:
        free(x); free(prom); free(blocked); free(kept)
