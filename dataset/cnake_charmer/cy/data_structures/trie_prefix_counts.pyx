# cython: language_level=3
"""Array-backed trie: children in a growable int table owned by a cdef class.

Each node is a row of 8 child indices plus a count in C arrays that grow with
PyMem_Realloc; the ArrayTrie extension type allocates them in __cinit__ and frees them
in __dealloc__. Walking the trie is index arithmetic instead of dict lookups and
Python node objects.

Keywords: trie, prefix tree, autocomplete, prefix counting, strings
"""

import cython
from cpython.mem cimport PyMem_Malloc, PyMem_Realloc, PyMem_Free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


cdef class ArrayTrie:
    cdef int *child
    cdef int *count
    cdef int size, capacity

    def __cinit__(self, int capacity):
        self.capacity = capacity if capacity > 1 else 1
        self.child = <int *>PyMem_Malloc(8 * self.capacity * sizeof(int))
        self.count = <int *>PyMem_Malloc(self.capacity * sizeof(int))
        if self.child == NULL or self.count == NULL:
            raise MemoryError()
        self.size = 0
        self.new_node()

    def __dealloc__(self):
        PyMem_Free(self.child)
        PyMem_Free(self.count)

    cdef int new_node(self) except -1:
        cdef int *c
        cdef int *k
        if self.size == self.capacity:
            c = <int *>PyMem_Realloc(self.child, 16 * self.capacity * sizeof(int))
            if c == NULL:
                raise MemoryError()
            self.child = c
            k = <int *>PyMem_Realloc(self.count, 2 * self.capacity * sizeof(int))
            if k == NULL:
                raise MemoryError()
            self.count = k
            self.capacity *= 2
        memset(self.child + 8 * self.size, 0xFF, 8 * sizeof(int))
        self.count[self.size] = 0
        self.size += 1
        return self.size - 1


@cython_benchmark(args=(30000, 30000, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
def trie_prefix_counts(int n_words, int n_queries, long long seed):
    """Return (trie nodes, answer checksum, zero answers, first 10 answers)."""
    cdef ArrayTrie t = ArrayTrie(1024)
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int w, j, length, node, ch, nxt, answer
    cdef long long checksum = 0, zeros = 0
    cdef list first = []
    for w in range(n_words):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFF
        length = <int>(3 + state % 8)
        node = 0
        t.count[0] += 1
        for j in range(length):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFF
            ch = <int>((state >> 10) % 8)
            nxt = t.child[8 * node + ch]
            if nxt < 0:
                nxt = t.new_node()
                t.child[8 * node + ch] = nxt
            t.count[nxt] += 1
            node = nxt
    for w in range(n_queries):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFF
        length = <int>(1 + state % 5)
        node = 0
        for j in range(length):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFF
            if node >= 0:
                node = t.child[8 * node + <int>((state >> 10) % 8)]
        answer = t.count[node] if node >= 0 else 0
        checksum = (checksum * 7 + answer) % 1000000007
        if answer == 0:
            zeros += 1
        if w < 10:
            first.append(answer)
    return t.size, checksum, zeros, first
