# cython: language_level=3
"""Palindromic substrings in linear time with Manacher's algorithm.

The text is written directly into a bytes object through its ``char *`` buffer, and
Manacher's two radius arrays (odd and even centres) live in malloc'd C memory, so the
whole count runs in O(n) C instead of expanding around every centre.

Keywords: palindrome, manacher, substrings, strings
"""

import cython
from libc.stdlib cimport malloc, free
from cpython.bytes cimport PyBytes_FromStringAndSize, PyBytes_AS_STRING

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(150000, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
def manacher_palindrome_stats(int n, int seed):
    """Return (palindrome count, longest length, its start, its first 50 chars)."""
    cdef bytes text = PyBytes_FromStringAndSize(NULL, n)
    cdef char *s = PyBytes_AS_STRING(text)
    cdef unsigned long long state = seed
    cdef int i, k, l, r, length, start
    cdef long long count = 0
    cdef int best_len = 0, best_start = 0
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        s[i] = b'b' if (state >> 16) & 1 else b'a'
    if n == 0:
        return (0, 0, 0, "")
    cdef int *d1 = <int *> malloc(n * sizeof(int))
    cdef int *d2 = <int *> malloc(n * sizeof(int))
    try:
        l = 0
        r = -1
        for i in range(n):
            k = 1 if i > r else min(d1[l + r - i], r - i + 1)
            while i - k >= 0 and i + k < n and s[i - k] == s[i + k]:
                k += 1
            d1[i] = k
            if i + k - 1 > r:
                l = i - k + 1
                r = i + k - 1
        l = 0
        r = -1
        for i in range(n):
            k = 0 if i > r else min(d2[l + r - i + 1], r - i + 1)
            while i - k - 1 >= 0 and i + k < n and s[i - k - 1] == s[i + k]:
                k += 1
            d2[i] = k
            if i + k - 1 > r:
                l = i - k
                r = i + k - 1
        for i in range(n):
            count += d1[i] + d2[i]
            length = 2 * d1[i] - 1
            start = i - d1[i] + 1
            if length > best_len or (length == best_len and start < best_start):
                best_len = length
                best_start = start
            length = 2 * d2[i]
            start = i - d2[i]
            if length > best_len or (length == best_len and start < best_start):
                best_len = length
                best_start = start
    finally:
        free(d1)
        free(d2)
    return (count, best_len, best_start, text[best_start:best_start + best_len][:50].decode("ascii"))
