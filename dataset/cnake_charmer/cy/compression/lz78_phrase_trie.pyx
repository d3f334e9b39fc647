# cython: language_level=3
"""LZ78 with the phrase dictionary as an array trie over a 16-letter alphabet.

Phrases are nodes of a trie whose child table is a growable ``int`` array with 16
slots per node; extending the current phrase is one array read instead of building a
new string and hashing it, and a new phrase is one node allocation.

Keywords: lz78, dictionary coder, trie, realloc, compression
"""

import cython
from libc.stdlib cimport malloc, realloc, calloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(200000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def lz78_phrase_trie(int n, int seed):
    """Return (pairs emitted, longest phrase, checksum, first 8 pairs)."""
    cdef const char *alpha = b"abcdefghijklmnop"
    cdef unsigned char *text = <unsigned char *> malloc(n + 1)
    cdef int cap = 1024, size = 1
    cdef int *child = <int *> calloc(cap * 16, sizeof(int))
    cdef int *depth = <int *> malloc(cap * sizeof(int))
    cdef unsigned long long state = seed
    cdef int i, r, c, node = 0, nxt, pairs = 0, longest = 0
    cdef long long checksum = 0
    cdef list first = []
    depth[0] = 0
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            r = (state >> 9) % 100
            text[i] = r % 4 if r < 60 else r % 16
        for i in range(n):
            c = text[i]
            nxt = child[node * 16 + c]
            if nxt:
                node = nxt
                continue
            if size == cap:
                cap *= 2
                child = <int *> realloc(child, cap * 16 * sizeof(int))
                depth = <int *> realloc(depth, cap * sizeof(int))
                memset(child + size * 16, 0, (cap - size) * 16 * sizeof(int))
            child[node * 16 + c] = size
            depth[size] = depth[node] + 1
            if depth[size] > longest:
                longest = depth[size]
            size += 1
            pairs += 1
            checksum = (checksum * 65599 + node * 17 + alpha[c]) % 2147483647
            if pairs <= 8:
                first.append((node, chr(alpha[c])))
            node = 0
        if node:
            pairs += 1
            checksum = (checksum * 65599 + node * 17) % 2147483647
            if pairs <= 8:
                first.append((node, ""))
        return (pairs, longest, checksum, first)
    finally:
        free(text)
        free(child)
        free(depth)
