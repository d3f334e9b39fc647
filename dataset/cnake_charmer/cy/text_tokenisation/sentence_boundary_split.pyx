# cython: language_level=3
"""Sentence splitting over token spans in a C buffer.

Tokens are written into one ``char`` buffer with their start offsets recorded; the
splitter inspects only each token's first and last byte and checks abbreviations with
``memcmp`` against a small static table, counting sentence lengths in C and turning
only the first two sentences back into Python strings.

Keywords: sentence segmentation, abbreviations, spans, memcmp, tokenizer, text
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy, memcmp, strlen

from cnake_charmer.benchmarks import cython_benchmark

WORDS = ["the", "model", "was", "trained", "on", "data", "and", "It", "We", "This", "results",
         "Paris", "improved", "by"]
cdef const char *ABBREV[6]
ABBREV[:] = [b"Dr.", b"Fig.", b"Mr.", b"e.g.", b"etc.", b"vs."]


cdef bint _is_abbrev(const char *s, int n) noexcept nogil:
    cdef int k
    for k in range(6):
        if <int> strlen(ABBREV[k]) == n and memcmp(ABBREV[k], s, n) == 0:
            return True
    return False


@cython_benchmark(args=(80000, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
def sentence_boundary_split(int n_tokens, int seed):
    """Return (sentences, longest sentence in tokens, length histogram in 5s, first 2 sentences)."""
    cdef bytes blob = b"\0".join(w.encode("ascii") for w in WORDS)
    cdef const char *bp = blob
    cdef const char *words[14]
    cdef int wl[14]
    cdef char *text = <char *> malloc(n_tokens * 12 + 8)
    cdef int *start = <int *> malloc((n_tokens + 1) * sizeof(int))
    cdef int hist[8]
    cdef unsigned long long state = seed
    cdef int i, k, r, pos = 0, sent_start = 0, count = 0, sentences = 0, longest = 0, end, n
    cdef char last, nxt
    cdef list first = []
    for k in range(14):
        words[k] = bp + pos
        wl[k] = strlen(bp + pos)
        pos += wl[k] + 1
    for k in range(8):
        hist[k] = 0
    pos = 0
    try:
        for i in range(n_tokens):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            r = state % 20
            start[i] = pos
            if r < 14:
                k = (state >> 8) % 14
                memcpy(text + pos, words[k], wl[k])
                pos += wl[k]
            elif r < 16:
                k = (state >> 8) % 6
                n = strlen(ABBREV[k])
                memcpy(text + pos, ABBREV[k], n)
                pos += n
            elif r < 17:
                text[pos] = 48 + (state >> 8) % 10
                text[pos + 1] = b'.'
                text[pos + 2] = 48 + (state >> 12) % 10
                pos += 3
            else:
                k = (state >> 8) % 14
                memcpy(text + pos, words[k], wl[k])
                pos += wl[k]
                text[pos] = b".!?."[(state >> 12) % 4]
                pos += 1
            text[pos] = b' '
            pos += 1
        start[n_tokens] = pos
        for i in range(n_tokens):
            count += 1
            end = start[i + 1] - 1
            last = text[end - 1]
            if (last == b'.' or last == b'!' or last == b'?') and not (b'0' <= text[start[i]] <= b'9') \
                    and not _is_abbrev(text + start[i], end - start[i]):
                nxt = text[start[i + 1]] if i + 1 < n_tokens else 0
                if i + 1 == n_tokens or (b'A' <= nxt <= b'Z'):
                    hist[count // 5 if count < 35 else 7] += 1
                    if count > longest:
                        longest = count
                    if sentences < 2:
                        first.append(text[start[sent_start]:start[i + 1] - 1].decode("ascii"))
                    sentences += 1
                    count = 0
                    sent_start = i + 1
        if count:
            hist[count // 5 if count < 35 else 7] += 1
            if count > longest:
                longest = count
            if sentences < 2:
                first.append(text[start[sent_start]:start[n_tokens] - 1].decode("ascii"))
            sentences += 1
        return (sentences, longest, [hist[k] for k in range(8)], first)
    finally:
        free(text)
        free(start)
