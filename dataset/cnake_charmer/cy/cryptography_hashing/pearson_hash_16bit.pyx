# distutils: language = c++
# cython: language_level=3
"""Pearson hashing on an ``unsigned char[256]`` table with a ``std::set`` per bucket.

The permutation is a byte array shuffled in place; each word's two 8-bit lanes are
table walks over a stack ``unsigned char`` buffer. Distinct words are identified by
packing their letters into a ``uint64_t`` and kept per 16-bit hash in
``std::set[uint64_t]`` so collisions between different words can be counted exactly.

Keywords: pearson hashing, permutation table, std set, unsigned char, hashing
"""

import cython
from libc.stdint cimport uint64_t
from libcpp.set cimport set as cset
from libcpp.vector cimport vector

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(25000, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
def pearson_hash_16bit(int n_words, int seed):
    """Return (first 8 table entries, distinct hashes, colliding words, first 5 hashes)."""
    cdef unsigned char table[256]
    cdef unsigned char word[16]
    cdef vector[cset[uint64_t]] buckets
    cdef unsigned long long state = seed
    cdef unsigned char hi, lo, t
    cdef int i, j, n, k, h, distinct = 0, colliding = 0
    cdef uint64_t key
    cdef list first = []
    buckets.resize(65536)
    for i in range(256):
        table[i] = i
    for i in range(255, 0, -1):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        j = (state >> 8) % (i + 1)
        t = table[i]
        table[i] = table[j]
        table[j] = t
    for i in range(n_words):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        n = 3 + state % 6
        key = 0
        for k in range(n):
            word[k] = 97 + (state >> (3 + k)) % 26
            key = (key << 5) | (word[k] - 96)
        hi = table[<unsigned char> (word[0] + 1)]
        lo = table[word[0]]
        for k in range(1, n):
            hi = table[hi ^ word[k]]
            lo = table[lo ^ word[k]]
        h = (hi << 8) | lo
        buckets[h].insert(key)
        if i < 5:
            first.append(h)
    for h in range(65536):
        if buckets[h].size():
            distinct += 1
            if buckets[h].size() > 1:
                colliding += buckets[h].size()
    return ([table[i] for i in range(8)], distinct, colliding, first)
