# cython: language_level=3
"""Gap filling on a sensors x n double matrix with a NaN-free validity mask.

Readings go into one malloc'd row-major double matrix and a parallel char mask marks
the known points, replacing None objects. Each row is then completed in a single left
to right pass that remembers the last known index and interpolates a gap the moment
its right end is seen; edge gaps are copied from the nearest known value.

Keywords: missing values, interpolation, forward fill, validity mask, malloc, nogil
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef int fill_row(double *row, char *known, int n, int *longest) noexcept nogil:
    """Complete one row in place; return the number of known points."""
    cdef int i, last = -1, nk = 0, j
    cdef double va, vb
    for i in range(n):
        if not known[i]:
            continue
        nk += 1
        if last < 0:
            for j in range(i):
                row[j] = row[i]
            if i > longest[0]:
                longest[0] = i
        elif i - last > 1:
            if i - last - 1 > longest[0]:
                longest[0] = i - last - 1
            va = row[last]
            vb = row[i]
            for j in range(last + 1, i):
                row[j] = va + (vb - va) * (j - last) / (i - last)
        last = i
    if last >= 0:
        for j in range(last + 1, n):
            row[j] = row[last]
        if n - 1 - last > longest[0]:
            longest[0] = n - 1 - last
    return nk


@cython_benchmark(args=(20000, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def gap_fill_sensor_series(int n, int sensors):
    """Impute missing readings per sensor; return ((filled, mean, samples) per sensor, longest gap)."""
    if n <= 0 or sensors <= 0:
        return [], 0
    cdef double *M = <double *> malloc(<size_t> n * sensors * sizeof(double))
    cdef char *K = <char *> malloc(<size_t> n * sensors)
    cdef int *left = <int *> calloc(sensors, sizeof(int))
    cdef long long state = 2718
    cdef int t, s, nk, longest = 0, step = n // 5 if n // 5 > 0 else 1
    cdef double total
    cdef double *row
    report = []
    try:
        with nogil:
            for t in range(n):
                for s in range(sensors):
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    if left[s] == 0 and (state >> 6) % 100 < 4:
                        left[s] = 1 + (state >> 12) % 25
                    if left[s] > 0:
                        left[s] -= 1
                        K[<size_t> s * n + t] = 0
                    else:
                        K[<size_t> s * n + t] = 1
                        M[<size_t> s * n + t] = 500 + s * 10 + (t % 300) - 150 + (state >> 16) % 31
        for s in range(sensors):
            row = M + <size_t> s * n
            with nogil:
                nk = fill_row(row, K + <size_t> s * n, n, &longest)
                total = 0.0
                if nk:
                    for t in range(n):
                        total += row[t]
            if nk == 0:
                report.append((0, 0.0, []))
            else:
                report.append((n - nk, total / n, [row[t] for t in range(0, n, step)]))
        return report, longest
    finally:
        free(M); free(K); free(left)
