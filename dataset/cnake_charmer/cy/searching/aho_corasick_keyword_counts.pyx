# cython: language_level=3
"""Aho-Corasick as a dense DFA inside a cdef class with C-owned tables.

The Automaton extension type allocates its transition table (4 ints per state),
failure links, BFS order and hit counters in __cinit__ and frees them in
__dealloc__. Transitions are completed into a full DFA during BFS, so scanning is one
table lookup per character; per-keyword counts are recovered afterwards by pushing
state visit counts up the failure tree instead of walking output lists.

Keywords: Aho-Corasick, trie, failure links, multi-pattern matching, automaton
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef class Automaton:
    cdef int *delta
    cdef int *fail
    cdef int *order
    cdef long long *visits
    cdef int nstates
    cdef int capacity

    def __cinit__(self, int capacity):
        self.capacity = capacity
        self.nstates = 1
        self.delta = <int *>calloc(4 * capacity, sizeof(int))
        self.fail = <int *>calloc(capacity, sizeof(int))
        self.order = <int *>malloc(capacity * sizeof(int))
        self.visits = <long long *>calloc(capacity, sizeof(long long))
        if self.delta == NULL or self.fail == NULL or self.order == NULL or self.visits == NULL:
            raise MemoryError()
        for i in range(4 * capacity):
            self.delta[i] = -1

    def __dealloc__(self):
        free(self.delta)
        free(self.fail)
        free(self.order)
        free(self.visits)

    cdef int insert(self, const int *word, int length) noexcept:
        cdef int node = 0, i, c
        for i in range(length):
            c = word[i]
            if self.delta[4 * node + c] < 0:
                self.delta[4 * node + c] = self.nstates
                self.nstates += 1
            node = self.delta[4 * node + c]
        return node

    @cython.boundscheck(False)
    cdef void build(self) noexcept:
        cdef int head = 0, tail = 0, node, c, child
        for c in range(4):
            child = self.delta[c]
            if child < 0:
                self.delta[c] = 0
            else:
                self.fail[child] = 0
                self.order[tail] = child
                tail += 1
        while head < tail:
            node = self.order[head]
            head += 1
            for c in range(4):
                child = self.delta[4 * node + c]
                if child < 0:
                    self.delta[4 * node + c] = self.delta[4 * self.fail[node] + c]
                else:
                    self.fail[child] = self.delta[4 * self.fail[node] + c]
                    self.order[tail] = child
                    tail += 1

    cdef void scan(self, const unsigned char *text, Py_ssize_t n) noexcept nogil:
        cdef int node = 0
        cdef Py_ssize_t i
        for i in range(n):
            node = self.delta[4 * node + text[i]]
            self.visits[node] += 1

    cdef void propagate(self) noexcept:
        cdef int k, node
        for k in range(self.nstates - 2, -1, -1):
            node = self.order[k]
            self.visits[self.fail[node]] += self.visits[node]


@cython_benchmark(args=(400000, 300, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def aho_corasick_keyword_counts(Py_ssize_t text_len, int n_keywords, long long seed):
    """Return (total matches, counts of first 8 keywords, trie size)."""
    cdef int nk = n_keywords if n_keywords > 0 else 0
    cdef Py_ssize_t n = text_len if text_len > 0 else 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int word[8]
    cdef int k, length, j
    cdef Py_ssize_t i
    cdef long long total = 0
    cdef int *ends = <int *>malloc((nk + 1) * sizeof(int))
    cdef unsigned char *text = <unsigned char *>malloc(n + 1)
    if ends == NULL or text == NULL:
        free(ends)
        free(text)
        raise MemoryError()
    cdef Automaton ac = Automaton(1 + 7 * nk)
    try:
        for k in range(nk):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            length = <int>(2 + state % 6)
            for j in range(length):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                word[j] = <int>((state >> 9) % 4)
            ends[k] = ac.insert(word, length)
        for i in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            text[i] = <unsigned char>((state >> 9) % 4)
        ac.build()
        with nogil:
            ac.scan(text, n)
        ac.propagate()
        for k in range(nk):
            total += ac.visits[ends[k]]
        return total, [ac.visits[ends[k]] for k in range(min(8, nk))], ac.nstates
    finally:
        free(ends)
        free(text)
