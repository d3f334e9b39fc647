# cython: language_level=3
"""Longest palindromic subsequence with two C rows swapped by pointer.

The string is a byte buffer and the two DP rows are malloc'd int arrays exchanged
after each i, so the quadratic sweep allocates nothing and runs without the GIL.

Keywords: dynamic programming, palindromic subsequence, interval dp, strings, rolling rows
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(1100, 4, 31))
@cython.boundscheck(False)
@cython.wraparound(False)
def longest_palindromic_subsequence(int n, int alphabet, long long seed):
    """Return (LPS length of the whole string, LPS of every n//8-th prefix, sum over all prefixes)."""
    if n <= 0:
        return (0, [], 0)
    cdef const char *pool = b"pqrs"
    cdef char *text = <char *>malloc(n)
    cdef int *below = <int *>calloc(n, sizeof(int))
    cdef int *row = <int *>calloc(n, sizeof(int))
    cdef int *tmp
    cdef long long state = seed & 0x7FFFFFFF, total = 0
    cdef int i, j, step
    cdef char ci
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            text[i] = pool[(state >> 12) % alphabet]
        with nogil:
            for i in range(n - 1, -1, -1):
                row[i] = 1
                ci = text[i]
                for j in range(i + 1, n):
                    if ci == text[j]:
                        row[j] = below[j - 1] + 2
                    elif below[j] > row[j - 1]:
                        row[j] = below[j]
                    else:
                        row[j] = row[j - 1]
                tmp = below; below = row; row = tmp
            for j in range(n):
                total += below[j]
        step = max(1, n // 8)
        result = (below[n - 1], [below[j] for j in range(0, n, step)], total)
    finally:
        free(text); free(below); free(row)
    return result
