# cython: language_level=3
"""PMI collocations with tokens interned by a small C trie and a dense bigram matrix.

The text is lower-cased in a C buffer and tokenised by scanning spaces; each token is
mapped to an id by walking a 26-ary array trie built from the vocabulary, stop words
are dropped by id, and unigram and bigram counts are C arrays. PMI uses ``log2`` from
libc.math with the same operand order as the Python version.

Keywords: collocations, pmi, trie, bigram matrix, libc math, text
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memcpy, strlen
from libc.math cimport log2

from cnake_charmer.benchmarks import cython_benchmark

WORDS = ["the", "a", "of", "new", "york", "machine", "learning", "city", "data", "model", "and",
         "big", "science", "river", "bank", "in"]
STOP = {"the", "a", "of", "and", "in"}
cdef int PHRASE_IDS[3][2]
PHRASE_IDS[0][:] = [3, 4]
PHRASE_IDS[1][:] = [5, 6]
PHRASE_IDS[2][:] = [8, 12]


@cython_benchmark(args=(80000, 5, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
def bigram_pmi_collocations(int n, int min_count, int seed):
    """Return (content tokens, distinct bigrams, top 5 (bigram, PMI))."""
    cdef int nw = len(WORDS)
    cdef bytes blob = b"\0".join(w.encode("ascii") for w in WORDS)
    cdef const char *bp = blob
    cdef const char *words[16]
    cdef int wl[16]
    cdef bint stop[16]
    cdef int child[256 * 26]
    cdef int term[256]
    cdef int nodes = 1, node, i, j, k, w, pos = 0, count = 0, ntok = 0, prev = -1, distinct = 0, c
    cdef char *text = <char *> malloc(n * 10 + 16)
    cdef int *tokens = <int *> malloc((n + 1) * sizeof(int))
    cdef int uni[16]
    cdef int bi[256]
    cdef unsigned long long state = seed
    for k in range(nw):
        words[k] = bp + pos
        wl[k] = strlen(bp + pos)
        pos += wl[k] + 1
        stop[k] = WORDS[k] in STOP
    for k in range(256 * 26):
        child[k] = 0
    for k in range(256):
        term[k] = -1
        bi[k] = 0
    for k in range(16):
        uni[k] = 0
    for k in range(nw):
        node = 0
        for j in range(wl[k]):
            c = words[k][j] - 97
            if child[node * 26 + c] == 0:
                child[node * 26 + c] = nodes
                nodes += 1
            node = child[node * 26 + c]
        term[node] = k
    pos = 0
    try:
        while count < n:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if state % 6 == 0:
                for j in range(2):
                    if count < n:
                        w = PHRASE_IDS[(state >> 8) % 3][j]
                        memcpy(text + pos, words[w], wl[w])
                        pos += wl[w]
                        text[pos] = b' '
                        pos += 1
                        count += 1
                continue
            w = (state >> 12) % nw
            memcpy(text + pos, words[w], wl[w])
            if (state >> 20) % 9 == 0:
                for j in range(wl[w]):
                    text[pos + j] -= 32
            pos += wl[w]
            text[pos] = b' '
            pos += 1
            count += 1
        i = 0
        while i < pos:
            node = 0
            while text[i] != b' ':
                c = text[i]
                if c <= b'Z':
                    c += 32
                node = child[node * 26 + c - 97]
                i += 1
            i += 1
            k = term[node]
            if stop[k]:
                continue
            tokens[ntok] = k
            uni[k] += 1
            if ntok:
                if bi[tokens[ntok - 1] * 16 + k] == 0:
                    distinct += 1
                bi[tokens[ntok - 1] * 16 + k] += 1
            ntok += 1
        scored = []
        for i in range(16):
            for j in range(16):
                c = bi[i * 16 + j]
                if c and c >= min_count:
                    scored.append((WORDS[i] + " " + WORDS[j],
                                   log2(<double> (<long long> c * ntok) / (<long long> uni[i] * uni[j]))))
        scored.sort(key=lambda kv: (-kv[1], kv[0]))
        return (ntok, distinct, scored[:5])
    finally:
        free(text)
        free(tokens)
