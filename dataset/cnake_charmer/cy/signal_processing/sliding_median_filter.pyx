# cython: language_level=3
"""Sliding median with a sorted C window maintained by binary search and memmove.

The window is a fixed malloc'd double array kept sorted; each step finds the outgoing
and incoming positions by binary search and shifts the block between them with
memmove, all in nogil C code with no Python float comparisons.

Keywords: median filter, sliding window, binary search, memmove, malloc, nogil
"""

import cython
from libc.math cimport sin, fabs
from libc.stdlib cimport malloc, free
from libc.string cimport memmove

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int lower_bound(const double *a, int size, double x) noexcept nogil:
    cdef int lo = 0, hi = size, mid
    while lo < hi:
        mid = (lo + hi) >> 1
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


cdef inline int upper_bound(const double *a, int size, double x) noexcept nogil:
    cdef int lo = 0, hi = size, mid
    while lo < hi:
        mid = (lo + hi) >> 1
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


cdef void median_filter(const double *x, double *out, int n, int half, double *win) noexcept nogil:
    cdef int i, lo = 0, hi = 0, size = 0, new_lo, new_hi, p
    for i in range(n):
        new_lo = i - half if i - half > 0 else 0
        new_hi = i + half + 1 if i + half + 1 < n else n
        while hi < new_hi:
            p = upper_bound(win, size, x[hi])
            memmove(win + p + 1, win + p, (size - p) * sizeof(double))
            win[p] = x[hi]
            size += 1
            hi += 1
        while lo < new_lo:
            p = lower_bound(win, size, x[lo])
            memmove(win + p, win + p + 1, (size - p - 1) * sizeof(double))
            size -= 1
            lo += 1
        out[i] = win[size // 2]


@cython_benchmark(args=(60000, 31))
def sliding_median_filter(int n, int w):
    """Median-filter n noisy samples with odd window w; return errors and samples."""
    cdef int half = (w if w > 1 else 1) // 2, i
    if n < 0:
        n = 0
    cdef double *buf = <double *> malloc((3 * n + 2 * half + 2) * sizeof(double))
    cdef double *clean = buf
    cdef double *noisy = buf + n
    cdef double *out = buf + 2 * n
    cdef double *win = buf + 3 * n
    cdef long long state = 5000
    cdef double err_noisy = 0.0, err_out = 0.0
    if buf == NULL:
        raise MemoryError()
    try:
        with nogil:
            for i in range(n):
                clean[i] = sin(0.01 * i) + 0.5 * sin(0.037 * i)
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                noisy[i] = clean[i] + (5.0 if state % 17 == 0 else 0.0) - (5.0 if state % 23 == 0 else 0.0)
            median_filter(noisy, out, n, half, win)
            for i in range(n):
                err_noisy += fabs(noisy[i] - clean[i])
            for i in range(n):
                err_out += fabs(out[i] - clean[i])
        return err_noisy, err_out, [out[i] for i in range(0, n, n // 6 if n // 6 > 1 else 1)]
    finally:
        free(buf)
