# cython: language_level=3
"""Unigram Viterbi decoding with a piece trie and C score arrays.

Log-probabilities are computed once in Python, then pieces are stored in an array
trie over the six-letter alphabet with a ``double`` score per terminal node. The
Viterbi pass walks the trie forward from every start position, relaxing ``best[end]``
in a malloc'd ``double`` array (initialised to ``-DBL_MAX``), so each candidate is a
trie step instead of a slice and dictionary lookup.

Keywords: viterbi, unigram language model, trie, dynamic programming, tokenizer, text
"""

import math
import cython
from libc.stdlib cimport malloc, calloc, free
from libc.float cimport DBL_MAX

from cnake_charmer.benchmarks import cython_benchmark

LETTERS = "abcdef"


@cython_benchmark(args=(50000, 250, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def unigram_viterbi_segmentation(int n_chars, int vocab_size, int seed):
    """Return (best total log-probability, number of pieces, first 10 pieces)."""
    cdef unsigned long long state = seed
    cdef int cap = 6 * vocab_size + 16
    cdef int *child = <int *> calloc(cap * 6, sizeof(int))
    cdef double *score = <double *> malloc(cap * sizeof(double))
    cdef bint *term = <bint *> calloc(cap, sizeof(bint))
    cdef char *text = <char *> malloc(n_chars + 1)
    cdef double *best = <double *> malloc((n_chars + 1) * sizeof(double))
    cdef int *back = <int *> malloc((n_chars + 1) * sizeof(int))
    cdef int size = 1, node, i, start, end, c, npieces = 0
    cdef double s
    try:
        counts = {letter: 50 for letter in LETTERS}
        for i in range(vocab_size):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            piece = "".join(LETTERS[(state >> (3 * k + 5)) % 6] for k in range(2 + state % 4))
            counts[piece] = counts.get(piece, 0) + 1 + (state >> 20) % 30
        total = sum(counts.values())
        for piece, cnt in counts.items():
            node = 0
            for ch in piece:
                c = ord(ch) - 97
                if child[node * 6 + c] == 0:
                    child[node * 6 + c] = size
                    size += 1
                node = child[node * 6 + c]
            term[node] = True
            score[node] = math.log(cnt / total)
        for i in range(n_chars):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            text[i] = 97 + (state >> 11) % 6
        best[0] = 0.0
        for i in range(1, n_chars + 1):
            best[i] = -DBL_MAX
        # forward relaxation: from each start, extend along the trie
        for start in range(n_chars):
            node = 0
            end = start
            while end < n_chars:
                node = child[node * 6 + text[end] - 97]
                if node == 0:
                    break
                end += 1
                if term[node]:
                    s = best[start] + score[node]
                    if s > best[end]:
                        best[end] = s
                        back[end] = start
        pieces = []
        end = n_chars
        while end > 0:
            pieces.append(end)
            end = back[end]
        npieces = len(pieces)
        out = []
        for i in range(npieces - 1, max(npieces - 11, -1), -1):
            end = pieces[i]
            start = back[end]
            out.append(text[start:end].decode("ascii"))
        return (best[n_chars], npieces, out)
    finally:
        free(child)
        free(score)
        free(term)
        free(text)
        free(best)
        free(back)
