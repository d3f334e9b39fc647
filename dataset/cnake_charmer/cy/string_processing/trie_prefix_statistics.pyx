# cython: language_level=3
"""Array-backed trie as an extension type with ``__len__`` and ``__contains__``.

Nodes are rows of a growable ``int`` child table (nine letters mapped to 0..8) with
counters and end flags in parallel C arrays; the cdef class exposes its node count via
``__len__`` and membership via ``__contains__``, while the hot insert and prefix walks
are C methods over ``unsigned char`` buffers.

Keywords: trie, prefix tree, autocomplete, cdef class, strings
"""

import cython
from libc.stdlib cimport malloc, realloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


cdef class _Trie:
    cdef int *child
    cdef int *count
    cdef unsigned char *end
    cdef int size, cap

    def __cinit__(self):
        self.cap = 1024
        self.size = 1
        self.child = <int *> malloc(self.cap * 9 * sizeof(int))
        self.count = <int *> malloc(self.cap * sizeof(int))
        self.end = <unsigned char *> malloc(self.cap)
        memset(self.child, 0, 9 * sizeof(int))
        self.count[0] = 0
        self.end[0] = 0

    def __dealloc__(self):
        free(self.child)
        free(self.count)
        free(self.end)

    def __len__(self):
        return self.size

    def __contains__(self, bytes word):
        return self.walk(word, len(word)) >= 0 and self.end[self.walk(word, len(word))]

    cdef int new_node(self):
        if self.size == self.cap:
            self.cap *= 2
            self.child = <int *> realloc(self.child, self.cap * 9 * sizeof(int))
            self.count = <int *> realloc(self.count, self.cap * sizeof(int))
            self.end = <unsigned char *> realloc(self.end, self.cap)
        memset(self.child + 9 * self.size, 0, 9 * sizeof(int))
        self.count[self.size] = 0
        self.end[self.size] = 0
        self.size += 1
        return self.size - 1

    cdef bint insert(self, const unsigned char *w, int n):
        cdef int node = 0, i, nxt
        for i in range(n):
            self.count[node] += 1
            nxt = self.child[9 * node + w[i]]
            if nxt == 0:
                nxt = self.new_node()
                self.child[9 * node + w[i]] = nxt
            node = nxt
        self.count[node] += 1
        if self.end[node]:
            return False
        self.end[node] = 1
        return True

    cdef int walk(self, const unsigned char *w, int n):
        cdef int node = 0, i
        for i in range(n):
            node = self.child[9 * node + w[i]]
            if node == 0:
                return -1
        return node


cdef unsigned long long _word(unsigned char *out, int *n, unsigned long long state) noexcept:
    cdef int i
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    n[0] = 1 + state % 10
    for i in range(n[0]):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        out[i] = (state >> 10) % 9
    return state


@cython_benchmark(args=(6000, 6000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def trie_prefix_statistics(int n_words, int n_queries, int seed):
    """Return (trie nodes, distinct words, prefix-hit total, members found, first 10 prefix counts)."""
    cdef _Trie trie = _Trie()
    cdef unsigned char w[16]
    cdef int n, q, node, distinct = 0, members = 0, cnt
    cdef long long total = 0
    cdef unsigned long long state = seed
    cdef list first = []
    for q in range(n_words):
        state = _word(w, &n, state)
        distinct += trie.insert(w, n)
    for q in range(n_queries):
        state = _word(w, &n, state)
        node = trie.walk(w, 1 + n // 2)
        cnt = trie.count[node] if node >= 0 else 0
        total += cnt
        if q < 10:
            first.append(cnt)
        if w[:n] in trie:
            members += 1
    return (len(trie), distinct, total, members, first)
