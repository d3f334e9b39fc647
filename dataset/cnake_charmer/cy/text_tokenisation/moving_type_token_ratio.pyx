# cython: language_level=3
"""MATTR with tokens interned as packed integer codes in an open-addressing table.

Tokens are scanned from a C text buffer and packed (five bits per letter) into an
integer code, which is interned to a small id through a linear-probing table; the
sliding window then only increments and decrements a C count array indexed by id and
tracks the number of non-zero slots.

Keywords: lexical diversity, type token ratio, sliding window, packed keys, text
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *SYLLABLES[10]
SYLLABLES[:] = [b"ba", b"ke", b"lo", b"mi", b"nu", b"pa", b"ro", b"si", b"tu", b"ve"]
DEF_TABLE = 1 << 16
cdef int TABLE = DEF_TABLE


@cython_benchmark(args=(60000, 50, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
def moving_type_token_ratio(int n_tokens, int window, int seed):
    """Return (MATTR, windows, fewest types, most types, distinct types overall)."""
    cdef char *text = <char *> malloc(n_tokens * 6 + 8)
    cdef int *codes = <int *> malloc((n_tokens + 1) * sizeof(int))
    cdef int *counts = <int *> calloc(TABLE, sizeof(int))
    cdef int *keys = <int *> malloc(TABLE * sizeof(int))
    cdef int slot
    cdef unsigned long long state = seed
    cdef int i, j, pos = 0, n = 0, code, first, second, live = 0, lo = 0, hi = 0, overall = 0, windows
    cdef long long total = 0
    try:
        for i in range(TABLE):
            keys[i] = -1
        for i in range(n_tokens):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            first = (state >> 6) % 10
            second = (state >> 10) % 10
            if (state >> 14) % 10 < second:
                second = (state >> 14) % 10
            if i:
                text[pos] = b' '
                pos += 1
            memcpy(text + pos, SYLLABLES[first], 2)
            memcpy(text + pos + 2, SYLLABLES[second], 2)
            pos += 4
            if (state >> 20) % 4 == 0:
                text[pos] = b's'
                pos += 1
        i = 0
        while i < pos:
            j = i
            code = 0
            while j < pos and text[j] != b' ':
                code = (code << 5) | (text[j] - 96)
                j += 1
            slot = (code * 2654435761u) & (TABLE - 1)
            while keys[slot] != -1 and keys[slot] != code:
                slot = (slot + 1) & (TABLE - 1)
            if keys[slot] == -1:
                keys[slot] = code
                overall += 1
            codes[n] = slot
            n += 1
            i = j + 1
        if n < window:
            return (0.0, 0, 0, 0, overall)
        for i in range(window):
            counts[codes[i]] += 1
            if counts[codes[i]] == 1:
                live += 1
        lo = live
        hi = live
        total = live
        for i in range(window, n):
            counts[codes[i - window]] -= 1
            if counts[codes[i - window]] == 0:
                live -= 1
            counts[codes[i]] += 1
            if counts[codes[i]] == 1:
                live += 1
            total += live
            if live < lo:
                lo = live
            if live > hi:
                hi = live
        windows = n - window + 1
        return (total / <double> (windows * window), windows, lo, hi, overall)
    finally:
        free(text)
        free(codes)
        free(counts)
        free(keys)
