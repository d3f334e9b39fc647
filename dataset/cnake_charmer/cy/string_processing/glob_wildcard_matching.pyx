# cython: language_level=3
"""Wildcard matching with two ``bint`` rows swapped by pointer.

Pattern and text are generated into small char arrays and the dynamic programme keeps
two fixed-size ``bint`` rows that are swapped through pointers, so each pair is matched
without allocating a single Python object.

Keywords: wildcard, glob, pattern matching, dynamic programming, strings
"""

import cython
from libc.string cimport memchr

from cnake_charmer.benchmarks import cython_benchmark


cdef bint _matches(const char *pat, int plen, const char *text, int tlen) noexcept nogil:
    cdef bint row_a[32]
    cdef bint row_b[32]
    cdef bint *prev = row_a
    cdef bint *cur = row_b
    cdef bint *tmp
    cdef int i, j
    cdef char p
    prev[0] = True
    for j in range(1, tlen + 1):
        prev[j] = False
    for i in range(plen):
        p = pat[i]
        cur[0] = prev[0] and p == b'*'
        for j in range(1, tlen + 1):
            if p == b'*':
                cur[j] = cur[j - 1] or prev[j]
            elif p == b'?' or p == text[j - 1]:
                cur[j] = prev[j - 1]
            else:
                cur[j] = False
        tmp = prev
        prev = cur
        cur = tmp
    return prev[tlen]


@cython_benchmark(args=(8000, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
def glob_wildcard_matching(int m, int seed):
    """Return (matches, matches of star-free patterns, first 30 results)."""
    cdef char pat[16]
    cdef char text[32]
    cdef const char *palpha = b"aab?**"
    cdef unsigned long long state = seed
    cdef int w, i, plen, tlen, hits = 0, plain = 0
    cdef bint ok
    cdef list first = []
    for w in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        plen = state % 9
        for i in range(plen):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            pat[i] = palpha[(state >> 8) % 6]
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        tlen = state % 24
        for i in range(tlen):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            text[i] = b'b' if (state >> 13) & 1 else b'a'
        ok = _matches(pat, plen, text, tlen)
        if ok:
            hits += 1
            if memchr(pat, b'*', plen) == NULL:
                plain += 1
        if w < 30:
            first.append(ok)
    return (hits, plain, first)
