# cython: language_level=3
"""Horspool search with a 256-entry C skip table over a byte buffer.

The text is a malloc'd char buffer, each pattern a small C char array, and the bad
character rule is a fixed-size int array indexed by byte value (reset with a loop per
pattern), so the inner comparison and the jump are pure C.

Keywords: Boyer-Moore-Horspool, bad character rule, string search, skip table, DNA
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(150000, 6, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
def horspool_bad_character_search(Py_ssize_t text_len, int n_patterns, long long seed):
    """Return [(matches, alignments, first match or -1)] for each generated pattern."""
    cdef Py_ssize_t n = text_len if text_len > 0 else 0
    cdef Py_ssize_t i, pos, first, matches, alignments
    cdef int p, j, length, c
    cdef int skip[256]
    cdef char pattern[128]
    cdef const char *acgt = b"ACGT"
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef char *text = <char *>malloc(n + 1)
    cdef list results = []
    if text == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            text[i] = acgt[(state >> 13) & 3]
        for p in range(n_patterns):
            length = 4 + 3 * p
            if length > 128:
                raise ValueError("pattern too long")
            for i in range(length):
                pattern[i] = acgt[(i * i + p) & 3]
            for c in range(256):
                skip[c] = length
            for i in range(length - 1):
                skip[<unsigned char>pattern[i]] = length - 1 - <int>i
            matches = 0
            alignments = 0
            first = -1
            pos = 0
            with nogil:
                while pos + length <= n:
                    alignments += 1
                    j = length - 1
                    while j >= 0 and text[pos + j] == pattern[j]:
                        j -= 1
                    if j < 0:
                        matches += 1
                        if first < 0:
                            first = pos
                    pos += skip[<unsigned char>text[pos + length - 1]]
            results.append((matches, alignments, first))
        return results
    finally:
        free(text)
