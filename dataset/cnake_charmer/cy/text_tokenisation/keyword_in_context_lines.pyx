# cython: language_level=3
"""KWIC lines computed from token spans, materialised only when returned.

The text is tokenised into start/length arrays over a C buffer; keyword hits are found
with ``memcmp`` and each concordance line's length is computed arithmetically from the
spans, so only the first five lines are actually assembled (into a ``char`` buffer,
upper-casing with ``toupper``).

Keywords: concordance, kwic, context window, spans, memcmp, text
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy, memcmp, strlen

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from "ctype.h":
    int toupper(int c) nogil

cdef const char *WORDS[16]
WORDS[:] = [b"data", b"model", b"the", b"of", b"river", b"bank", b"money", b"a", b"loan", b"water", b"near",
            b"interest", b"rate", b"high", b"low", b"account"]
cdef const char *KEYWORDS[3]
KEYWORDS[:] = [b"bank", b"rate", b"interest"]


@cython_benchmark(args=(120000, 3, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def keyword_in_context_lines(int n_tokens, int width, int seed):
    """Return (hits per keyword, checksum of all line lengths, first 5 lines)."""
    cdef char *text = <char *> malloc(n_tokens * 10 + 8)
    cdef int *start = <int *> malloc((n_tokens + 1) * sizeof(int))
    cdef int *length = <int *> malloc((n_tokens + 1) * sizeof(int))
    cdef char line[1024]
    cdef int hits[3]
    cdef int klen[3]
    cdef unsigned long long state = seed
    cdef int i, k, w, pos = 0, lo, hi, total, n, p, shown = 0
    cdef long long checksum = 0
    cdef list first = []
    for k in range(3):
        hits[k] = 0
        klen[k] = strlen(KEYWORDS[k])
    try:
        for i in range(n_tokens):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            w = (state >> 7) % 16
            start[i] = pos
            length[i] = strlen(WORDS[w])
            memcpy(text + pos, WORDS[w], length[i])
            pos += length[i] + 1
            text[pos - 1] = b' '
        for i in range(n_tokens):
            for k in range(3):
                if length[i] == klen[k] and memcmp(text + start[i], KEYWORDS[k], klen[k]) == 0:
                    break
            else:
                continue
            hits[k] += 1
            lo = i - width if i > width else 0
            hi = i + 1 + width if i + 1 + width < n_tokens else n_tokens
            # left context + space + [KW] + space + right context
            total = 4 + length[i]
            if i > lo:
                total += start[i] - start[lo] - 1
            if hi > i + 1:
                total += start[hi - 1] + length[hi - 1] - start[i + 1]
            checksum = (checksum * 131 + total) % 1000000007
            if shown < 5:
                n = 0
                if i > lo:
                    memcpy(line, text + start[lo], start[i] - start[lo] - 1)
                    n = start[i] - start[lo] - 1
                line[n] = b' '
                line[n + 1] = b'['
                n += 2
                for p in range(length[i]):
                    line[n + p] = toupper(text[start[i] + p])
                n += length[i]
                line[n] = b']'
                line[n + 1] = b' '
                n += 2
                if hi > i + 1:
                    memcpy(line + n, text + start[i + 1], start[hi - 1] + length[hi - 1] - start[i + 1])
                    n += start[hi - 1] + length[hi - 1] - start[i + 1]
                first.append(line[:n].decode("ascii"))
                shown += 1
        return ({KEYWORDS[k].decode("ascii"): hits[k] for k in range(3)}, checksum, first)
    finally:
        free(text)
        free(start)
        free(length)
