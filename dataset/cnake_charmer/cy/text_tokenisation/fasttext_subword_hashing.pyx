# cython: language_level=3
"""Character n-gram hashing with ``uint32_t`` FNV-1a over a token buffer.

Each wrapped token lives in a small ``unsigned char`` array and each n-gram is hashed
in place with unsigned 32-bit arithmetic (the wrap-around replaces Python's masking);
bucket loads are a calloc'd ``int`` array.

Keywords: fasttext, character ngrams, hashing trick, fnv, unsigned integers, text
"""

import cython
from libc.stdlib cimport calloc, free
from libc.stdint cimport uint32_t

from cnake_charmer.benchmarks import cython_benchmark


cdef inline uint32_t _fnv1a(const unsigned char *p, int n) noexcept nogil:
    cdef uint32_t h = 2166136261u
    cdef int i
    for i in range(n):
        h = (h ^ p[i]) * 16777619u
    return h


@cython_benchmark(args=(8000, 4096, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
def fasttext_subword_hashing(int n_words, int buckets, int seed):
    """Return (n-grams, used buckets, max load, busiest bucket, buckets of the first word)."""
    cdef int *load = <int *> calloc(buckets, sizeof(int))
    cdef unsigned char tok[16]
    cdef const char *alpha = b"etaoinsrhl"
    cdef unsigned long long state = seed
    cdef int w, i, n, length, b, used = 0, busiest = 0
    cdef long long total = 0
    cdef list first = []
    try:
        for w in range(n_words):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            length = 2 + state % 9
            tok[0] = b'<'
            for i in range(length):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                tok[1 + i] = alpha[(state >> 11) % 10]
            tok[length + 1] = b'>'
            for n in range(3, 6):
                for i in range(length + 2 - n + 1):
                    b = _fnv1a(tok + i, n) % <uint32_t> buckets
                    load[b] += 1
                    total += 1
                    if w == 0:
                        first.append(b)
        for i in range(buckets):
            if load[i]:
                used += 1
            if load[i] > load[busiest]:
                busiest = i
        return (total, used, load[busiest], busiest, first)
    finally:
        free(load)
