# cython: language_level=3
"""WordPiece longest match by walking two array tries.

The vocabulary is loaded into two tries (word-initial pieces and ``##`` continuations)
stored as flat ``int`` child tables over the eight-letter alphabet, each node holding
the token id that ends there. The greedy longest match becomes one trie walk that
remembers the last terminal node, instead of slicing and hashing every candidate.

Keywords: wordpiece, subword, trie, longest match, tokenizer, text
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

LETTERS = "abcdefgh"


cdef struct Trie:
    int *child
    int *tok
    int size


cdef void _insert(Trie *t, const unsigned char *s, int n, int tok) noexcept:
    cdef int node = 0, i, c, k
    for i in range(n):
        c = s[i] - 97
        if t.child[node * 8 + c] == 0:
            for k in range(8):
                t.child[t.size * 8 + k] = 0
            t.tok[t.size] = -1
            t.child[node * 8 + c] = t.size
            t.size += 1
        node = t.child[node * 8 + c]
    t.tok[node] = tok


@cython_benchmark(args=(10000, 400, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
def wordpiece_greedy_tokenise(int n_words, int vocab_size, int seed):
    """Return (tokens, continuation tokens, sum of token ids, first 12 token ids)."""
    cdef unsigned long long state = seed
    cdef int cap = 6 * (vocab_size + 16) + 2
    cdef Trie tries[2]
    cdef unsigned char word[16]
    cdef int i, k, length, start, node, end, tok, best_tok, which, ntok = 0, cont = 0
    cdef long long total = 0
    cdef list first = []
    vocab = set(LETTERS) | {"##" + c for c in LETTERS}
    for i in range(vocab_size):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 2 + state % 4
        piece = []
        for k in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            piece.append(LETTERS[(state >> 10) % 8])
        vocab.add(("##" if state & 1 else "") + "".join(piece))
    for which in range(2):
        tries[which].child = <int *> malloc(cap * 8 * sizeof(int))
        tries[which].tok = <int *> malloc(cap * sizeof(int))
        tries[which].size = 1
        tries[which].tok[0] = -1
        for k in range(8):
            tries[which].child[k] = 0
    try:
        for tok, piece in enumerate(sorted(vocab)):
            if piece.startswith("##"):
                raw = piece[2:].encode("ascii")
                _insert(&tries[1], raw, len(raw), tok)
            else:
                raw = piece.encode("ascii")
                _insert(&tries[0], raw, len(raw), tok)
        for i in range(n_words):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            length = 3 + state % 10
            for k in range(length):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                word[k] = 97 + (state >> 10) % 8
            start = 0
            while start < length:
                which = 0 if start == 0 else 1
                node = 0
                best_tok = -1
                end = start
                k = start
                while k < length:
                    node = tries[which].child[node * 8 + word[k] - 97]
                    if node == 0:
                        break
                    k += 1
                    if tries[which].tok[node] >= 0:
                        best_tok = tries[which].tok[node]
                        end = k
                ntok += 1
                cont += start > 0
                total += best_tok
                if ntok <= 12:
                    first.append(best_tok)
                start = end
        return (ntok, cont, total, first)
    finally:
        for which in range(2):
            free(tries[which].child)
            free(tries[which].tok)
