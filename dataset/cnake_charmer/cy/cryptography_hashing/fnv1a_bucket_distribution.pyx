# cython: language_level=3
"""64-bit FNV-1a over C key buffers with wrap-around ``uint64_t`` multiplication.

Keys are formatted with ``snprintf`` into a stack buffer and hashed byte by byte with
``uint64_t`` arithmetic (the modulo-2**64 wrap is free in C), bucket loads are a
calloc'd ``int`` array and the chi-square sum runs in the same order as in Python.

Keywords: fnv1a, hash function, unsigned integers, snprintf, hashing
"""

import cython
from libc.stdlib cimport calloc, free
from libc.stdio cimport snprintf
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *SUFFIXES[5]
SUFFIXES[:] = [b"profile", b"session", b"cart", b"prefs", b"avatar"]


@cython_benchmark(args=(40000, 1021))
@cython.boundscheck(False)
@cython.wraparound(False)
def fnv1a_bucket_distribution(int n_keys, int buckets):
    """Return (chi-square of bucket loads, max load, empty buckets, first 4 hashes in hex)."""
    cdef int *loads = <int *> calloc(buckets, sizeof(int))
    cdef char key[64]
    cdef int i, k, n, best = 0, empty = 0
    cdef uint64_t h
    cdef double expected, chi2 = 0.0, diff
    cdef list first = []
    try:
        for i in range(n_keys):
            n = snprintf(key, 64, "user:%d:%s", i, SUFFIXES[i % 5])
            h = 0xCBF29CE484222325ULL
            for k in range(n):
                h ^= <unsigned char> key[k]
                h *= 0x100000001B3ULL
            loads[h % <uint64_t> buckets] += 1
            if i < 4:
                first.append(f"{h:016x}")
        expected = n_keys / <double> buckets
        for i in range(buckets):
            if loads[i] > best:
                best = loads[i]
            if loads[i] == 0:
                empty += 1
            if n_keys:
                diff = loads[i] - expected
                chi2 += diff * diff / expected
        return (chi2, best, empty, first)
    finally:
        free(loads)
