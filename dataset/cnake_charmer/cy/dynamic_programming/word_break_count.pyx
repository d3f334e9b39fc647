# cython: language_level=3
"""Word-break counting with bit-packed words and a rolling window code.

Each dictionary word over {a, b} becomes a bit pattern; a byte table indexed by
(length, pattern) answers membership, and a rolling integer holding the last
``max_len`` letters yields each candidate suffix's pattern with a mask, so no
substrings are sliced or hashed.

Keywords: dynamic programming, word break, segmentation, strings, dictionary, counting
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(40000, 40, 8, 47))
@cython.boundscheck(False)
@cython.wraparound(False)
def word_break_count(int n, int word_count, int max_len, long long seed):
    """Return (segmentations mod 1e9+7, fewest words or -1, most words or -1)."""
    cdef long long MOD = 1000000007
    cdef long long state = seed & 0x7FFFFFFF
    cdef Py_ssize_t span = (<Py_ssize_t>1) << max_len
    cdef unsigned char *present = <unsigned char *>calloc((max_len + 1) * span, 1)
    cdef bint has_len[65]
    cdef long long *ways = <long long *>calloc(n + 1, sizeof(long long))
    cdef int *fewest = <int *>malloc((n + 1) * sizeof(int))
    cdef int *most = <int *>malloc((n + 1) * sizeof(int))
    cdef unsigned char *bits = <unsigned char *>malloc(n + 1)
    cdef int w, k, length, i, j
    cdef unsigned long long code, window = 0
    try:
        for k in range(65):
            has_len[k] = False
        for w in range(word_count):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            length = <int>(1 + (state >> 10) % max_len)
            code = 0
            for k in range(length):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                code = (code << 1) | ((state >> 13) & 1)
            present[length * span + <Py_ssize_t>code] = 1
            has_len[length] = True
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            bits[i] = (state >> 13) & 1
        with nogil:
            ways[0] = 1
            fewest[0] = 0
            most[0] = 0
            for i in range(1, n + 1):
                window = ((window << 1) | bits[i - 1]) & (<unsigned long long>span - 1)
                fewest[i] = -1
                most[i] = -1
                for length in range(1, max_len + 1):
                    if length > i:
                        break
                    if not has_len[length]:
                        continue
                    j = i - length
                    if ways[j] and present[length * span + <Py_ssize_t>(window & ((1ULL << length) - 1))]:
                        ways[i] = (ways[i] + ways[j]) % MOD
                        if fewest[i] < 0 or fewest[j] + 1 < fewest[i]:
                            fewest[i] = fewest[j] + 1
                        if most[j] + 1 > most[i]:
                            most[i] = most[j] + 1
        result = (ways[n], fewest[n], most[n])
    finally:
        free(present); free(ways); free(fewest); free(most); free(bits)
    return result
