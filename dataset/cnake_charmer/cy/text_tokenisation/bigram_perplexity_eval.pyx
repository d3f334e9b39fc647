# distutils: language = c++
# cython: language_level=3
"""Bigram perplexity with tokens interned through ``std::map`` and dense counts.

Both texts are generated into C buffers and tokenised by scanning for spaces; each
training token is interned to an integer id in a ``std::map[std::string, int]``, so
unigram and bigram counts become flat ``int`` arrays and the test loop only performs
array reads and ``log`` calls from libc.math.

Keywords: language model, bigram, perplexity, std map, interning, text
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memcpy, strlen
from libc.math cimport log, exp
from libcpp.map cimport map as cmap
from libcpp.string cimport string

from cnake_charmer.benchmarks import cython_benchmark

VOCAB = ("time person year way day thing man world life hand part child eye woman place work "
         "week case point number group problem fact be have do say get make go know").split()


cdef unsigned long long _text(char *out, int *length, int n, unsigned long long state, int spread,
                              const char **words, int *wl, int nv) noexcept:
    cdef int i, prev = 0, pos = 0
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        prev = (prev * 7 + (state >> 9) % spread) % nv
        if i:
            out[pos] = b' '
            pos += 1
        memcpy(out + pos, words[prev], wl[prev])
        pos += wl[prev]
    length[0] = pos
    return state


cdef int _tokens(const char *s, int n, cmap[string, int] *ids, bint grow, int *out) noexcept:
    cdef int i = 0, j, k = 0, tid
    cdef string key
    while i < n:
        j = i
        while j < n and s[j] != b' ':
            j += 1
        key = string(s + i, <size_t> (j - i))
        it = ids.find(key)
        if it != ids.end():
            tid = cython.operator.dereference(it).second
        elif grow:
            tid = <int> ids.size()
            ids[0][key] = tid
        else:
            tid = -1
        out[k] = tid
        k += 1
        i = j + 1
    return k


@cython_benchmark(args=(60000, 20000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def bigram_perplexity_eval(int n_train, int n_test, int seed):
    """Return (perplexity, test log-likelihood, vocabulary size incl. unknown, unseen test bigrams)."""
    cdef bytes blob = b"\0".join(w.encode("ascii") for w in VOCAB)
    cdef const char *bp = blob
    cdef const char *words[40]
    cdef int wl[40]
    cdef int nv = len(VOCAB), k, pos = 0, la, lb, na, nb, v, a, b, c, unseen = 0
    for k in range(nv):
        words[k] = bp + pos
        wl[k] = strlen(bp + pos)
        pos += wl[k] + 1
    cdef char *ta = <char *> malloc(n_train * 8 + 8)
    cdef char *tb = <char *> malloc(n_test * 8 + 8)
    cdef int *ida = <int *> malloc((n_train + 1) * sizeof(int))
    cdef int *idb = <int *> malloc((n_test + 1) * sizeof(int))
    cdef int *uni = <int *> calloc(64, sizeof(int))
    cdef int *bi = <int *> calloc(64 * 64, sizeof(int))
    cdef cmap[string, int] ids
    cdef unsigned long long state
    cdef double ll = 0.0
    try:
        state = _text(ta, &la, n_train, seed, 5, words, wl, nv)
        _text(tb, &lb, n_test, state, 6, words, wl, nv)
        na = _tokens(ta, la, &ids, True, ida)
        nb = _tokens(tb, lb, &ids, False, idb)
        for k in range(na):
            uni[ida[k]] += 1
            if k + 1 < na:
                bi[ida[k] * 64 + ida[k + 1]] += 1
        v = <int> ids.size() + 1
        for k in range(nb - 1):
            a = idb[k]
            b = idb[k + 1]
            c = bi[a * 64 + b] if a >= 0 and b >= 0 else 0
            unseen += c == 0
            ll += log((c + 0.5) / ((uni[a] if a >= 0 else 0) + 0.5 * v))
        return (exp(-ll / (nb - 1 if nb - 1 > 1 else 1)), ll, v, unseen)
    finally:
        free(ta)
        free(tb)
        free(ida)
        free(idb)
        free(uni)
        free(bi)
