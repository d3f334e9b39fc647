# cython: language_level=3
"""LCS table in one flat ``unsigned short`` block, backtracked in C.

Both strings are byte buffers and the (n+1) x (m+1) table is a single malloc'd array of
16-bit cells indexed by hand; the traceback writes the subsequence backwards into a
char buffer that becomes one Python string at the end.

Keywords: lcs, longest common subsequence, dynamic programming, backtracking, strings
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef unsigned long long _dna(char *out, int length, unsigned long long state) noexcept nogil:
    cdef int i
    cdef const char *alpha = b"ACGT"
    for i in range(length):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        out[i] = alpha[(state >> 10) & 3]
    return state


@cython_benchmark(args=(700, 21))
@cython.boundscheck(False)
@cython.wraparound(False)
def lcs_reconstruction(int n, int seed):
    """Return (LCS length, one LCS) of strings of lengths n and n + n // 3."""
    cdef int m = n + n // 3
    cdef int w = m + 1
    cdef char *a = <char *> malloc(n + 1)
    cdef char *b = <char *> malloc(m + 1)
    cdef unsigned short *t = <unsigned short *> malloc((n + 1) * w * sizeof(unsigned short))
    cdef char *rev = <char *> malloc(n + 1)
    cdef int i, j, k = 0, up, left
    cdef unsigned long long state
    try:
        state = _dna(a, n, seed)
        _dna(b, m, state)
        for j in range(w):
            t[j] = 0
        for i in range(1, n + 1):
            t[i * w] = 0
            for j in range(1, w):
                if a[i - 1] == b[j - 1]:
                    t[i * w + j] = t[(i - 1) * w + j - 1] + 1
                else:
                    up = t[(i - 1) * w + j]
                    left = t[i * w + j - 1]
                    t[i * w + j] = up if up > left else left
        i = n
        j = m
        while i and j:
            if a[i - 1] == b[j - 1]:
                rev[k] = a[i - 1]
                k += 1
                i -= 1
                j -= 1
            elif t[(i - 1) * w + j] >= t[i * w + j - 1]:
                i -= 1
            else:
                j -= 1
        length = t[n * w + m]
        return (length, rev[:k].decode("ascii")[::-1])
    finally:
        free(a)
        free(b)
        free(t)
        free(rev)
