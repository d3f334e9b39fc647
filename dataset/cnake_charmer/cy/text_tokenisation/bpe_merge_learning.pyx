# cython: language_level=3
"""BPE training on integer symbol ids with a dense pair-count matrix.

Every symbol (initial character or merged pair) gets a small integer id; words are
``int`` rows in one flat array, pair frequencies accumulate in a dense C matrix of
``ids x ids`` counts, and merging rewrites the rows in place. Symbol strings are only
consulted to break ties between equally frequent pairs and to give two merges that
spell the same string the same id.

Keywords: bpe, byte pair encoding, subword, merges, integer ids, text
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(1500, 40, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def bpe_merge_learning(int n_types, int n_merges, int seed):
    """Return (merges as 'a b' strings, symbols left in the corpus, distinct symbols)."""
    cdef const char *alpha = b"aabcdeen"
    cdef unsigned long long state = seed
    cdef int maxsym = 8 + n_merges
    cdef int *rows = <int *> malloc((n_types + 1) * 8 * sizeof(int))
    cdef int *lens = <int *> malloc((n_types + 1) * sizeof(int))
    cdef long long *freq = <long long *> malloc((n_types + 1) * sizeof(long long))
    cdef long long *pairs = <long long *> malloc(maxsym * maxsym * sizeof(long long))
    cdef char *present = <char *> calloc(maxsym, 1)
    cdef int new_id, i, j, k, w, length, nw = 0, nsym, a, b, ba, bb, out, code
    cdef long long best, c, left = 0
    cdef list names = []
    cdef dict ids = {}
    cdef dict index = {}
    cdef list merges = []
    cdef int tmp[8]
    try:
        for w in range(n_types):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            length = 3 + state % 6
            code = 0
            for j in range(length):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                ch = chr(alpha[(state >> 9) % 8])
                if ch not in ids:
                    ids[ch] = len(names)
                    names.append(ch)
                tmp[j] = ids[ch]
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            key = tuple(tmp[j] for j in range(length))
            if key in index:
                freq[<int> index[key]] += 1 + state % 20
            else:
                index[key] = nw
                for j in range(length):
                    rows[nw * 8 + j] = tmp[j]
                lens[nw] = length
                freq[nw] = 1 + state % 20
                nw += 1
        for k in range(n_merges):
            nsym = len(names)
            memset(pairs, 0, nsym * nsym * sizeof(long long))
            for w in range(nw):
                for j in range(lens[w] - 1):
                    pairs[rows[w * 8 + j] * nsym + rows[w * 8 + j + 1]] += freq[w]
            best = 0
            ba = -1
            bb = -1
            for a in range(nsym):
                for b in range(nsym):
                    c = pairs[a * nsym + b]
                    if c > best or (c == best and c > 0 and (names[a], names[b]) < (names[ba], names[bb])):
                        best = c
                        ba = a
                        bb = b
            if best == 0:
                break
            merged = names[ba] + names[bb]
            merges.append(names[ba] + " " + names[bb])
            if merged in ids:
                new_id = ids[merged]
            else:
                new_id = len(names)
                ids[merged] = new_id
                names.append(merged)
            for w in range(nw):
                out = 0
                j = 0
                while j < lens[w]:
                    if j + 1 < lens[w] and rows[w * 8 + j] == ba and rows[w * 8 + j + 1] == bb:
                        rows[w * 8 + out] = new_id
                        j += 2
                    else:
                        rows[w * 8 + out] = rows[w * 8 + j]
                        j += 1
                    out += 1
                lens[w] = out
        for w in range(nw):
            left += lens[w]
            for j in range(lens[w]):
                present[rows[w * 8 + j]] = 1
        distinct = 0
        for a in range(len(names)):
            distinct += present[a]
        return (merges, left, distinct)
    finally:
        free(rows)
        free(lens)
        free(freq)
        free(pairs)
        free(present)
