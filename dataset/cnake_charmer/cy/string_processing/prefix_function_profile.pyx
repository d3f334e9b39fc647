# cython: language_level=3
"""KMP prefix function over a C text buffer with a malloc'd border array.

Blocks are copied into a ``char`` buffer with ``memcpy`` and the prefix function is an
``int`` array, so the amortised-linear border walk runs entirely in C.

Keywords: prefix function, kmp, borders, period, strings
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy, strlen

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(400000, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
def prefix_function_profile(int n, int seed):
    """Return (sum, max, zeros, smallest period, last 10 values) of the prefix function."""
    cdef const char *blocks[4]
    blocks[0] = b"abaab"
    blocks[1] = b"ab"
    blocks[2] = b"aba"
    blocks[3] = b"abaabab"
    cdef char *s = <char *> malloc(n + 16)
    cdef int *pi = <int *> malloc((n + 1) * sizeof(int))
    cdef unsigned long long state = seed
    cdef int size = 0, i, k, blen, zeros = 0, best = 0
    cdef long long total = 0
    cdef const char *blk
    try:
        while size < n:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            blk = blocks[(state >> 12) % 4]
            blen = strlen(blk)
            memcpy(s + size, blk, blen)
            size += blen
        if n > 0:
            pi[0] = 0
            zeros = 1
        for i in range(1, n):
            k = pi[i - 1]
            while k and s[i] != s[k]:
                k = pi[k - 1]
            if s[i] == s[k]:
                k += 1
            pi[i] = k
            total += k
            if k > best:
                best = k
            if k == 0:
                zeros += 1
        tail = [pi[i] for i in range(max(0, n - 10), n)]
        period = n - pi[n - 1] if n else 0
        return (total, best, zeros, period, tail)
    finally:
        free(s)
        free(pi)
