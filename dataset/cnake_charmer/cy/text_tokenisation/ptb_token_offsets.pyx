# cython: language_level=3
"""Treebank tokenisation as a hand-coded scanner over a C text buffer.

The alternatives of the regular expression are reproduced explicitly: a word run that
ends in ``n`` before ``'t`` gives up its last letter to the ``n't`` clitic, an
apostrophe followed by a known clitic and a word boundary forms one token, and any
other non-space byte is punctuation. Offsets are plain ``Py_ssize_t`` arithmetic.

Keywords: tokenizer, penn treebank, clitics, offsets, scanner, text
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy, strlen

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *WORDS[15]
WORDS[:] = [b"I", b"don't", b"think", b"it's", b"true", b"we're", b"sure", b"they'll", b"can't", b"say",
            b"you've", b"seen", b"I'm", b"the", b"d'oh"]


cdef inline bint _w(char c) noexcept nogil:
    return (b'a' <= c <= b'z') or (b'A' <= c <= b'Z') or (b'0' <= c <= b'9') or c == b'_'


cdef int _clitic(const char *s, Py_ssize_t i, Py_ssize_t n) noexcept nogil:
    """Length of a clitic token starting at the apostrophe s[i], or 0."""
    cdef int k = 0
    if i + 1 < n and (s[i + 1] == b's' or s[i + 1] == b'd' or s[i + 1] == b'm'):
        k = 2
    elif i + 2 < n and ((s[i + 1] == b'r' and s[i + 2] == b'e') or (s[i + 1] == b'l' and s[i + 2] == b'l')
                        or (s[i + 1] == b'v' and s[i + 2] == b'e')):
        k = 3
    if k and i + k < n and _w(s[i + k]):
        return 0
    return k


@cython_benchmark(args=(40000, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
def ptb_token_offsets(int n_words, int seed):
    """Return (tokens, punctuation tokens, clitic tokens, first 12 spans, span checksum)."""
    cdef char *s = <char *> malloc(n_words * 12 + 8)
    cdef unsigned long long state = seed
    cdef Py_ssize_t n = 0, i, j, a, b
    cdef int w, r, wl, k, kind, tokens = 0, punct = 0, clitics = 0
    cdef long long checksum = 0
    cdef list spans = []
    cdef Py_ssize_t pend_a = -1, pend_b = -1
    try:
        for w in range(n_words):
            if w:
                s[n] = b' '
                n += 1
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            k = state % 15
            wl = strlen(WORDS[k])
            r = (state >> 8) % 10
            if r == 0:
                s[n] = b'('
                n += 1
            memcpy(s + n, WORDS[k], wl)
            n += wl
            if r == 0:
                s[n] = b')'
                n += 1
            elif r < 3:
                s[n] = b",.!?;"[(state >> 12) % 5]
                n += 1
        i = 0
        while i < n:
            if s[i] == b' ':
                i += 1
                continue
            kind = 0
            if _w(s[i]):
                j = i
                while j < n and _w(s[j]):
                    j += 1
                if j + 1 < n and s[j - 1] == b'n' and s[j] == b'\'' and s[j + 1] == b't':
                    if j - i >= 2:
                        a = i
                        b = j - 1
                        # emit the stem now, the clitic below
                        tokens += 1
                        checksum = (checksum * 31 + a * 7 + b) % 1000000007
                        if len(spans) < 12:
                            spans.append((a, b))
                    a = j - 1
                    b = j + 2
                    kind = 1
                else:
                    a = i
                    b = j
            elif s[i] == b'\'' and _clitic(s, i, n):
                a = i
                b = i + _clitic(s, i, n)
                kind = 1
            else:
                a = i
                b = i + 1
                kind = 2
            tokens += 1
            if kind == 1:
                clitics += 1
            elif kind == 2:
                punct += 1
            checksum = (checksum * 31 + a * 7 + b) % 1000000007
            if len(spans) < 12:
                spans.append((a, b))
            i = b
        return (tokens, punct, clitics, spans, checksum)
    finally:
        free(s)
