# cython: language_level=3
"""Kolmogorov-Smirnov two-sample test with an LSD radix sort on IEEE bit patterns.

All sample values are non-negative doubles, whose 64-bit patterns (read through a C
union) order exactly like the values, so both samples are sorted by a four-pass 16-bit
LSD radix sort instead of a comparison sort. The ECDF merge walk then advances two
indices over raw pointers without the GIL.

Keywords: kolmogorov smirnov, radix sort, union, uint64, malloc, merge walk, nogil
"""

import cython
from libc.math cimport sqrt, exp, fabs, pow
from libc.stdlib cimport malloc, free
from libc.string cimport memset
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef union Bits:
    double d
    uint64_t u


cdef int radix_sort(double *values, int n) noexcept nogil:
    """Sort non-negative doubles ascending; returns -1 if scratch memory is unavailable."""
    cdef uint64_t *keys = <uint64_t *> malloc(n * sizeof(uint64_t))
    cdef uint64_t *tmp = <uint64_t *> malloc(n * sizeof(uint64_t))
    cdef uint64_t *swap
    cdef size_t *count = <size_t *> malloc(65536 * sizeof(size_t))
    cdef Bits b
    cdef int i, shift
    cdef size_t total, c
    if keys == NULL or tmp == NULL or count == NULL:
        free(keys); free(tmp); free(count)
        return -1
    for i in range(n):
        b.d = values[i]
        keys[i] = b.u
    for shift in range(0, 64, 16):
        memset(count, 0, 65536 * sizeof(size_t))
        for i in range(n):
            count[(keys[i] >> shift) & 0xFFFF] += 1
        total = 0
        for i in range(65536):
            c = count[i]
            count[i] = total
            total += c
        for i in range(n):
            c = (keys[i] >> shift) & 0xFFFF
            tmp[count[c]] = keys[i]
            count[c] += 1
        swap = keys
        keys = tmp
        tmp = swap
    for i in range(n):
        b.u = keys[i]
        values[i] = b.d
    free(keys); free(tmp); free(count)
    return 0


@cython.cdivision(True)
cdef double kolmogorov_p(double lam) noexcept nogil:
    if lam < 1e-3:
        return 1.0
    cdef double total = 0.0
    cdef int k
    for k in range(1, 101):
        total += 2.0 * pow(-1.0, k - 1) * exp(-2.0 * k * k * lam * lam)
    if total < 0.0:
        total = 0.0
    return total if total < 1.0 else 1.0


@cython.cdivision(True)
cdef double ks_walk(const double *a, int n, const double *b, int m, double *where) noexcept nogil:
    cdef int i = 0, j = 0
    cdef double d = 0.0, x, gap
    where[0] = 0.0
    while i < n and j < m:
        x = a[i] if a[i] < b[j] else b[j]
        while i < n and a[i] <= x:
            i += 1
        while j < m and b[j] <= x:
            j += 1
        gap = fabs(i / <double> n - j / <double> m)
        if gap > d:
            d = gap
            where[0] = x
    return d


@cython_benchmark(args=(40000, 30000))
@cython.cdivision(True)
def ks_two_sample_statistic(int n, int m):
    """KS statistic D between generated samples of sizes n and m, its location and p-value."""
    if n <= 0 or m <= 0:
        return 0.0, 0.0, 1.0
    cdef double *a = <double *> malloc(n * sizeof(double))
    cdef double *b = <double *> malloc(m * sizeof(double))
    cdef long long state = 11235
    cdef int i
    cdef double u, d, where, lam, ratio
    cdef bint ok
    if a == NULL or b == NULL:
        free(a); free(b)
        raise MemoryError()
    try:
        with nogil:
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                a[i] = state / <double> 0x7FFFFFFF
            for i in range(m):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                u = state / <double> 0x7FFFFFFF
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                b[i] = (u + state / <double> 0x7FFFFFFF) / 2.0
            ok = radix_sort(a, n) == 0 and radix_sort(b, m) == 0
            d = ks_walk(a, n, b, m, &where)
            ratio = (<double> n * m) / (n + m)
            lam = (sqrt(ratio) + 0.12 + 0.11 / sqrt(ratio)) * d
        if not ok:
            raise MemoryError()
        return d, where, kolmogorov_p(lam)
    finally:
        free(a); free(b)
