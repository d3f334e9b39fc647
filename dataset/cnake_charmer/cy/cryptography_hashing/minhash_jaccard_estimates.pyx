# distutils: language = c++
# cython: language_level=3
"""MinHash with sorted ``std::vector[uint32_t]`` fingerprint sets and C signatures.

Shingles are formatted into a char buffer with ``snprintf`` and fingerprinted with
32-bit FNV-1a; each document's fingerprints are sorted and de-duplicated with
``std::sort``/``std::unique`` so exact Jaccard is a linear merge, and the signature
minima are ``uint64_t`` arithmetic in a flat C array.

Keywords: minhash, jaccard similarity, std sort, unique, fingerprints, hashing
"""

import cython
from libc.stdlib cimport malloc, free
from libc.stdio cimport snprintf
from libc.stdint cimport uint32_t, uint64_t
from libcpp.vector cimport vector
from libcpp.algorithm cimport sort, unique

from cnake_charmer.benchmarks import cython_benchmark

cdef uint64_t PRIME = 4294967311ULL


@cython_benchmark(args=(16, 64, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def minhash_jaccard_estimates(int n_docs, int k, int seed):
    """Return (estimates for neighbouring docs, mean absolute error over all pairs, doc 0's first 4 minima)."""
    cdef vector[vector[uint32_t]] sets
    cdef uint64_t *ca = <uint64_t *> malloc((k + 1) * sizeof(uint64_t))
    cdef uint64_t *cb = <uint64_t *> malloc((k + 1) * sizeof(uint64_t))
    cdef uint64_t *sigs = <uint64_t *> malloc((n_docs * k + 1) * sizeof(uint64_t))
    cdef int words[300]
    cdef char buf[64]
    cdef unsigned long long state = seed
    cdef int d, i, j, t, n, ia, ib, inter, union_, same, pairs = 0
    cdef uint32_t h
    cdef uint64_t best, v
    cdef double err = 0.0, est, exact
    cdef list neighbours = []
    try:
        for i in range(k):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            ca[i] = 1 + state
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            cb[i] = state
        sets.resize(n_docs)
        for d in range(n_docs):
            for i in range(300):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                words[i] = d * 15 + (state >> 8) % 120
            for i in range(298):
                n = snprintf(buf, 64, "w%d w%d w%d", words[i], words[i + 1], words[i + 2])
                h = 2166136261u
                for t in range(n):
                    h = (h ^ <unsigned char> buf[t]) * 16777619u
                sets[d].push_back(h)
            sort(sets[d].begin(), sets[d].end())
            sets[d].erase(unique(sets[d].begin(), sets[d].end()), sets[d].end())
            for i in range(k):
                best = 0xFFFFFFFFFFFFFFFFULL
                for t in range(<int> sets[d].size()):
                    v = (ca[i] * sets[d][t] + cb[i]) % PRIME
                    if v < best:
                        best = v
                sigs[d * k + i] = best
        for i in range(n_docs):
            for j in range(i + 1, n_docs):
                same = 0
                for t in range(k):
                    same += sigs[i * k + t] == sigs[j * k + t]
                est = same / <double> k
                ia = 0
                ib = 0
                inter = 0
                while ia < <int> sets[i].size() and ib < <int> sets[j].size():
                    if sets[i][ia] == sets[j][ib]:
                        inter += 1
                        ia += 1
                        ib += 1
                    elif sets[i][ia] < sets[j][ib]:
                        ia += 1
                    else:
                        ib += 1
                union_ = <int> sets[i].size() + <int> sets[j].size() - inter
                exact = inter / <double> union_
                err += abs(est - exact)
                pairs += 1
                if j == i + 1:
                    neighbours.append(est)
        return (neighbours, err / pairs if pairs else 0.0, [sigs[i] for i in range(min(4, k))] if n_docs else [])
    finally:
        free(ca)
        free(cb)
        free(sigs)
