# cython: language_level=3
"""Two-array median by partition search on raw pointers into C arrays.

Both sorted arrays are malloc'd long long buffers; each query passes pointers to its
windows (a + a_lo, b + b_lo) to a nogil cdef function, which swaps them so the shorter
one is searched, with sentinel infinities as C constants and the step count returned
through a pointer.

Keywords: median, two sorted arrays, binary search, partition, order statistics
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef long long INF = 1LL << 62


@cython.cdivision(True)
cdef long long doubled_median(const long long *a, long a_len, const long long *b, long b_len, long *steps) noexcept nogil:
    cdef const long long *t
    cdef long tl, total, half, lo, hi, i, j
    cdef long long a_left, a_right, b_left, b_right, left_max, right_min
    if a_len > b_len:
        t = a
        a = b
        b = t
        tl = a_len
        a_len = b_len
        b_len = tl
    total = a_len + b_len
    half = (total + 1) // 2
    lo = 0
    hi = a_len
    while True:
        steps[0] += 1
        i = (lo + hi) // 2
        j = half - i
        a_left = a[i - 1] if i > 0 else -INF
        a_right = a[i] if i < a_len else INF
        b_left = b[j - 1] if j > 0 else -INF
        b_right = b[j] if j < b_len else INF
        if a_left <= b_right and b_left <= a_right:
            left_max = a_left if a_left > b_left else b_left
            if total % 2:
                return 2 * left_max
            right_min = a_right if a_right < b_right else b_right
            return left_max + right_min
        if a_left > b_right:
            hi = i - 1
        else:
            lo = i + 1


@cython_benchmark(args=(100000, 30000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def median_two_sorted_arrays(long size, long queries, long long seed):
    """Return (checksum of doubled medians, binary-search steps, first 8 doubled medians); size >= 1."""
    if size < 1:
        raise ValueError("size must be positive")
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long k, q, a_lo, a_len, b_lo, b_len, steps = 0
    cdef long long va = 0, vb = 0, m, checksum = 0
    cdef list first = []
    cdef long long *a = <long long *>malloc(size * sizeof(long long))
    cdef long long *b = <long long *>malloc(size * sizeof(long long))
    if a == NULL or b == NULL:
        free(a)
        free(b)
        raise MemoryError()
    try:
        for k in range(size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            va += <long long>((state >> 8) % 7)
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            vb += <long long>((state >> 8) % 5)
            a[k] = va
            b[k] = vb
        for q in range(queries):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            a_lo = <long>((state >> 4) % <unsigned long long>size)
            a_len = 1 + <long>((state >> 12) % <unsigned long long>(size - a_lo))
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            b_lo = <long>((state >> 4) % <unsigned long long>size)
            b_len = <long>((state >> 12) % <unsigned long long>(size - b_lo + 1))
            m = doubled_median(a + a_lo, a_len, b + b_lo, b_len, &steps)
            checksum = (checksum * 1000003 + m) % 998244353
            if q < 8:
                first.append(m)
        return checksum, steps, first
    finally:
        free(a)
        free(b)
