# distutils: language = c++
# cython: language_level=3
"""Maximum matching with dictionary words packed into sorted 64-bit keys.

Words of up to twelve lowercase letters are packed five bits per letter (plus the
length) into ``uint64_t`` keys held in a sorted ``std::vector``; each candidate
substring is packed incrementally and looked up with ``std::binary_search``, so no
substring objects are created.

Keywords: word segmentation, maximum matching, binary search, packed keys, tokenizer, text
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy, strlen
from libc.stdint cimport uint64_t
from libcpp.vector cimport vector
from libcpp.algorithm cimport sort, binary_search

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *SYL[10]
SYL[:] = [b"ka", b"to", b"ri", b"na", b"mo", b"shi", b"ta", b"ne", b"yu", b"ko"]


cdef inline uint64_t _key(const char *s, int n) noexcept nogil:
    cdef uint64_t k = 0
    cdef int i
    for i in range(n):
        k = (k << 5) | <uint64_t> (s[i] - 96)
    return (k << 4) | <uint64_t> n


@cython_benchmark(args=(150000, 300, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
def max_match_segmentation(int n_chars, int dict_size, int seed):
    """Return (tokens, single-character fallbacks, checksum of token lengths, first 12 tokens)."""
    cdef vector[uint64_t] keys
    cdef char word[16]
    cdef char *text = <char *> malloc(n_chars + 8)
    cdef unsigned long long state = seed
    cdef int d, k, parts, n, sl, max_len = 1, i, length, ntok = 0, singles = 0, pos = 0, top
    cdef long long checksum = 0
    cdef list first = []
    cdef bint found
    try:
        for d in range(dict_size):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            parts = 1 + state % 4
            n = 0
            for k in range(parts):
                sl = strlen(SYL[(state >> (3 * k + 4)) % 10])
                memcpy(word + n, SYL[(state >> (3 * k + 4)) % 10], sl)
                n += sl
            keys.push_back(_key(word, n))
            if d == 0 or n > max_len:
                max_len = n
        sort(keys.begin(), keys.end())
        while pos < n_chars:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            sl = strlen(SYL[(state >> 7) % 10])
            memcpy(text + pos, SYL[(state >> 7) % 10], sl)
            pos += sl
        i = 0
        while i < n_chars:
            top = max_len if max_len < n_chars - i else n_chars - i
            found = False
            for length in range(top, 0, -1):
                if binary_search(keys.begin(), keys.end(), _key(text + i, length)):
                    found = True
                    break
            if not found:
                length = 1
                singles += 1
            ntok += 1
            checksum = (checksum * 7 + length) % 1000000007
            if ntok <= 12:
                first.append(text[i:i + length].decode("ascii"))
            i += length
        return (ntok, singles, checksum, first)
    finally:
        free(text)
