# distutils: language = c++
# cython: language_level=3
"""Shortlex word sort with std::string keys and std::sort.

Each word is built directly as a std::string whose first byte is its length, so plain
lexicographic std::sort yields (length, word) order without a key function; hashing
and distinct counting then scan the sorted vector in C.

Keywords: string sort, shortlex, composite key, words, lexicographic
"""

import cython
from libcpp.string cimport string
from libcpp.vector cimport vector
from libcpp.algorithm cimport sort

from cnake_charmer.benchmarks import cython_benchmark


cdef inline str word_of(const string &key):
    return key.substr(1).decode('ascii')


@cython_benchmark(args=(20000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def sort_words_length_then_alpha(Py_ssize_t n, long long seed):
    """Return (first 5 words, last 5 words, distinct count, hash) of the shortlex order."""
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t i, distinct = 0
    cdef size_t j
    cdef int length, k
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef unsigned long long h = 0, mask = 0xFFFFFFFFFFFFULL
    cdef vector[string] keys
    cdef string key
    keys.reserve(size)
    for i in range(size):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        length = <int>(1 + state % 12)
        key.clear()
        key.push_back(<char>length)
        for k in range(length):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            key.push_back(<char>(97 + (state >> 16) % 6))
        keys.push_back(key)
    sort(keys.begin(), keys.end())
    for i in range(size):
        if i == 0 or keys[i] != keys[i - 1]:
            distinct += 1
        for j in range(1, keys[i].size()):
            h = (h * 257 + <unsigned char>keys[i][j]) & mask
        h = (h * 257 + 1) & mask
    first = [word_of(keys[i]) for i in range(min(5, size))]
    last = [word_of(keys[i]) for i in range(max(0, size - 5), size)]
    return first, last, distinct, h
