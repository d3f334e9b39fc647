# cython: language_level=3
"""Sparse table in one contiguous C block with a precomputed log table.

All levels share a single malloc'd int buffer (level j at offset j*n), floor(log2)
comes from a small int array filled once, and queries are two loads and a compare in
a nogil loop; the table build uses memcpy for level 0.

Keywords: sparse table, range maximum query, RMQ, doubling, static array
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(20000, 60000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def sparse_table_range_max(Py_ssize_t n, Py_ssize_t queries, long long seed):
    """Return (answer checksum, answers equal to the global max, first 8 answers); n >= 1."""
    if n < 1:
        raise ValueError("n must be positive")
    cdef int levels = 1
    while (1 << levels) <= n:
        levels += 1
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef Py_ssize_t i, q, a, b, lo, hi, half
    cdef int j, k, x, y, answer, top = 0
    cdef long long checksum = 0, at_top = 0
    cdef int first[8]
    cdef int *base = <int *>malloc(n * sizeof(int))
    cdef int *table = <int *>malloc(levels * n * sizeof(int))
    cdef int *lg = <int *>malloc((n + 1) * sizeof(int))
    if base == NULL or table == NULL or lg == NULL:
        free(base)
        free(table)
        free(lg)
        raise MemoryError()
    try:
        for i in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            base[i] = <int>((state >> 3) % 1000000)
            if base[i] > top:
                top = base[i]
        memcpy(table, base, n * sizeof(int))
        lg[1] = 0
        for i in range(2, n + 1):
            lg[i] = lg[i // 2] + 1
        with nogil:
            for j in range(1, levels):
                half = 1 << (j - 1)
                for i in range(n - (1 << j) + 1):
                    x = table[(j - 1) * n + i]
                    y = table[(j - 1) * n + i + half]
                    table[j * n + i] = x if x > y else y
            for q in range(queries):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                a = <Py_ssize_t>(state % <unsigned long long>n)
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                b = <Py_ssize_t>(state % <unsigned long long>n)
                lo = a if a < b else b
                hi = a if a > b else b
                k = lg[hi - lo + 1]
                x = table[k * n + lo]
                y = table[k * n + hi - (1 << k) + 1]
                answer = x if x > y else y
                checksum = (checksum * 131 + answer) % 1000000007
                if answer == top:
                    at_top += 1
                if q < 8:
                    first[q] = answer
        return checksum, at_top, [first[i] for i in range(min(8, queries))]
    finally:
        free(base)
        free(table)
        free(lg)
