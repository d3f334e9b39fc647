# distutils: language = c++
# cython: language_level=3
"""Anagram classes as packed letter-count keys sorted with std::sort.

A word over eight letters is identified by its letter counts, packed four bits per
letter into a ``uint32_t``; the keys go into a ``std::vector`` that is sorted with
``std::sort`` and scanned for runs, so no string is built until the very end.

Keywords: anagram, grouping, sorting, dictionary, strings
"""

import cython
from libc.stdint cimport uint32_t
from libcpp.vector cimport vector
from libcpp.algorithm cimport sort

from cnake_charmer.benchmarks import cython_benchmark


cdef str _key_string(uint32_t key):
    cdef const char *letters = b"aeilnrst"
    cdef list out = []
    cdef int i, c
    for i in range(8):
        c = (key >> (4 * i)) & 15
        out.append(chr(letters[i]) * c)
    return "".join(out)


@cython_benchmark(args=(60000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def anagram_class_census(int m, int seed):
    """Return (classes, largest class size, its key, words with a partner)."""
    cdef vector[uint32_t] keys
    cdef unsigned long long state = seed
    cdef int w, i, length, run, largest = 0, classes = 0, paired = 0
    cdef uint32_t key
    cdef size_t a, b
    keys.reserve(m)
    for w in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 3 + state % 6
        key = 0
        for i in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            key += (<uint32_t> 1) << (4 * ((state >> 8) & 7))
        keys.push_back(key)
    if m == 0:
        return (0, 0, "", 0)
    sort(keys.begin(), keys.end())
    a = 0
    while a < keys.size():
        b = a
        while b < keys.size() and keys[b] == keys[a]:
            b += 1
        run = <int> (b - a)
        classes += 1
        if run > largest:
            largest = run
        if run >= 2:
            paired += run
        a = b
    best = None
    a = 0
    while a < keys.size():
        b = a
        while b < keys.size() and keys[b] == keys[a]:
            b += 1
        if <int> (b - a) == largest:
            s = _key_string(keys[a])
            if best is None or s < best:
                best = s
        a = b
    return (classes, largest, best, paired)
