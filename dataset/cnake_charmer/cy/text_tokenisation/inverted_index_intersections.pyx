# distutils: language = c++
# cython: language_level=3
"""Inverted index with term ids from ``std::unordered_map`` and merged posting vectors.

Each document is tokenised from a C buffer; tokens are packed into ``uint64_t`` keys and
interned through an ``unordered_map``; posting lists are ``std::vector[int]`` appended in
document order (a per-term last-document marker removes duplicates), and a query is a
linear two-pointer merge of two sorted vectors.

Keywords: inverted index, posting lists, unordered_map, merge intersection, text
"""

import cython
from libc.string cimport memcpy
from libc.stdint cimport uint64_t
from libcpp.vector cimport vector
from libcpp.unordered_map cimport unordered_map

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *SYL = b"anbecodueifogiha"


cdef int _term(char *out, unsigned long long r) noexcept nogil:
    cdef int a = r % 8, b = (r >> 3) % 8, c = (r >> 6) % 8, d = (r >> 9) % 8
    if d < c:
        c = d
    memcpy(out, SYL + 2 * a, 2)
    memcpy(out + 2, SYL + 2 * b, 2)
    memcpy(out + 4, SYL + 2 * c, 2)
    return 6


cdef inline uint64_t _pack(const char *s, int n) noexcept nogil:
    cdef uint64_t k = 0
    cdef int i
    for i in range(n):
        k = (k << 5) | <uint64_t> (s[i] - 96)
    return k


cdef int _lookup(unordered_map[uint64_t, int] &ids, uint64_t key):
    it = ids.find(key)
    if it == ids.end():
        return -1
    return cython.operator.dereference(it).second


@cython_benchmark(args=(2000, 3000, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
def inverted_index_intersections(int n_docs, int n_queries, int seed):
    """Return (terms, longest posting list, total intersection size, first 8 query results)."""
    cdef unordered_map[uint64_t, int] ids
    cdef vector[vector[int]] postings
    cdef vector[int] last_doc
    cdef char buf[512]
    cdef unsigned long long state = seed
    cdef int doc, w, nw, n, i, j, tid, a, b, ia, ib, size, longest = 0
    cdef long long total = 0
    cdef uint64_t key
    cdef list first = []
    for doc in range(n_docs):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        nw = 20 + state % 40
        n = 0
        for w in range(nw):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if w:
                buf[n] = b' '
                n += 1
            n += _term(buf + n, state >> 4)
        i = 0
        while i < n:
            j = i
            while j < n and buf[j] != b' ':
                j += 1
            key = _pack(buf + i, j - i)
            it = ids.find(key)
            if it == ids.end():
                tid = <int> postings.size()
                ids[key] = tid
                postings.push_back(vector[int]())
                last_doc.push_back(-1)
            else:
                tid = cython.operator.dereference(it).second
            if last_doc[tid] != doc:
                last_doc[tid] = doc
                postings[tid].push_back(doc)
            i = j + 1
    for w in range(n_queries):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        _term(buf, state >> 4)
        a = _lookup(ids, _pack(buf, 6))
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        _term(buf, state >> 4)
        b = _lookup(ids, _pack(buf, 6))
        size = 0
        if a >= 0 and b >= 0:
            ia = 0
            ib = 0
            while ia < <int> postings[a].size() and ib < <int> postings[b].size():
                if postings[a][ia] == postings[b][ib]:
                    size += 1
                    ia += 1
                    ib += 1
                elif postings[a][ia] < postings[b][ib]:
                    ia += 1
                else:
                    ib += 1
        total += size
        if w < 8:
            first.append(size)
    for i in range(<int> postings.size()):
        if <int> postings[i].size() > longest:
            longest = postings[i].size()
    return (<int> postings.size(), longest, total, first)
