# cython: language_level=3
"""Minimum window substring with a 256-slot C need table and INT_MAX sentinel.

The text is a byte buffer and the multiset of required letters is an ``int`` array
indexed by byte value, reset per pattern with ``memset``; the best length starts at
``INT_MAX`` from libc.limits, so the two-pointer sweep never touches Python objects.

Keywords: sliding window, two pointers, minimum window substring, counting, strings
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memset
from libc.limits cimport INT_MAX

from cnake_charmer.benchmarks import cython_benchmark


cdef void _window(const unsigned char *text, int n, const unsigned char *pat, int plen,
                  int *out_len, int *out_start) noexcept nogil:
    cdef int need[256]
    cdef int i, left = 0, right, missing = plen, best = INT_MAX, start = -1
    cdef unsigned char ch
    memset(need, 0, sizeof(need))
    for i in range(plen):
        need[pat[i]] += 1
    for right in range(n):
        ch = text[right]
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        while missing == 0:
            if right - left + 1 < best:
                best = right - left + 1
                start = left
            need[text[left]] += 1
            if need[text[left]] > 0:
                missing += 1
            left += 1
    if best == INT_MAX:
        out_len[0] = -1
        out_start[0] = -1
    else:
        out_len[0] = best
        out_start[0] = start


@cython_benchmark(args=(20000, 8, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def minimum_window_cover(int n, int n_patterns, int seed):
    """Return (length, start) of the minimum window per pattern ((-1, -1) if none)."""
    cdef unsigned char *text = <unsigned char *> malloc(n + 1)
    cdef unsigned char pat[16]
    cdef unsigned long long state = seed
    cdef int i, k, plen, length, start
    cdef list results = []
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            text[i] = 97 + (state >> 9) % 12
        for k in range(n_patterns):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            plen = 1 + state % 8
            for i in range(plen):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                pat[i] = 97 + (state >> 9) % 12
            _window(text, n, pat, plen, &length, &start)
            results.append((length, start))
        return results
    finally:
        free(text)
