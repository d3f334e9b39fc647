# cython: language_level=3
"""Palindrome partitioning with a flat byte table and C loops.

The palindrome table is one n x n byte block filled by length, the cut array is an int
buffer, and both passes run in a nogil helper returning the cut count; the count and
longest length come back through pointer arguments.

Keywords: dynamic programming, palindrome partitioning, strings, minimum cuts
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef int partition(const char *text, Py_ssize_t n, unsigned char *pal, int *cuts,
                   long long *count, int *longest) noexcept nogil:
    cdef Py_ssize_t length, i, j
    cdef int best
    for length in range(1, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            if text[i] == text[j] and (length <= 2 or pal[(i + 1) * n + j - 1]):
                pal[i * n + j] = 1
                count[0] += 1
                longest[0] = <int>length
    for j in range(n):
        if pal[j]:
            cuts[j] = 0
            continue
        best = <int>n
        for i in range(1, j + 1):
            if pal[i * n + j] and cuts[i - 1] + 1 < best:
                best = cuts[i - 1] + 1
        cuts[j] = best
    return cuts[n - 1]


@cython_benchmark(args=(900, 3, 29))
def palindrome_min_cuts(int n, int alphabet, long long seed):
    """Return (minimum cuts, palindromic substrings, longest palindrome length)."""
    if n <= 0:
        return (0, 0, 0)
    cdef const char *pool = b"xyzw"
    cdef char *text = <char *>malloc(n)
    cdef unsigned char *pal = <unsigned char *>calloc(<Py_ssize_t>n * n, 1)
    cdef int *cuts = <int *>malloc(n * sizeof(int))
    cdef long long state = seed & 0x7FFFFFFF, count = 0
    cdef int i, longest = 0, result
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            text[i] = pool[(state >> 14) % alphabet]
        with nogil:
            result = partition(text, n, pal, cuts, &count, &longest)
    finally:
        free(text); free(pal); free(cuts)
    return (result, count, longest)
