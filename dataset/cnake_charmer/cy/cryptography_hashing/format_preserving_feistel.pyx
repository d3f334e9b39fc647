# cython: language_level=3
"""Feistel format-preserving encryption with ``uint32_t`` round keys and a bitmap.

Round keys are a ``uint32_t[8]`` array and the round function an inline ``uint32_t``
mixer; encryption and decryption are loops over C ints, and injectivity is checked with
a one-bit-per-value ``unsigned char`` bitmap over the million possible ciphertexts.

Keywords: format preserving encryption, feistel network, bitmap, unsigned integers, cryptography
"""

import cython
from libc.stdlib cimport calloc, free
from libc.stdint cimport uint32_t

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int _f(uint32_t key, int x) noexcept nogil:
    cdef uint32_t h = (<uint32_t> x * 0x9E3779B1u) ^ key
    h ^= h >> 16
    h *= 0x85EBCA6Bu
    h ^= h >> 13
    return h % 1000


@cython_benchmark(args=(15000, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
def format_preserving_feistel(int n, int seed):
    """Return (first 8 ciphertexts, checksum, all decrypted, fixed points in range(n))."""
    cdef uint32_t keys[8]
    cdef unsigned char *bitmap = <unsigned char *> calloc(1000000 // 8 + 1, 1)
    cdef unsigned long long state = seed
    cdef int v, r, a, b, t, c, fixed = 0, distinct = 0
    cdef long long checksum = 0
    cdef bint ok = True
    cdef list first = []
    try:
        for r in range(8):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            keys[r] = <uint32_t> (state * 2654435761ULL)
        for v in range(n):
            a = v // 1000
            b = v % 1000
            for r in range(8):
                t = (a + _f(keys[r], b)) % 1000
                a = b
                b = t
            c = a * 1000 + b
            a = c // 1000
            b = c % 1000
            for r in range(7, -1, -1):
                t = (b - _f(keys[r], a)) % 1000
                if t < 0:
                    t += 1000
                b = a
                a = t
            if a * 1000 + b != v:
                ok = False
            fixed += c == v
            if not (bitmap[c >> 3] >> (c & 7)) & 1:
                bitmap[c >> 3] |= 1 << (c & 7)
                distinct += 1
            checksum = (checksum * 1000003 + c) % 2147483647
            if v < 8:
                first.append(c)
        return (first, checksum, ok and distinct == n, fixed)
    finally:
        free(bitmap)
