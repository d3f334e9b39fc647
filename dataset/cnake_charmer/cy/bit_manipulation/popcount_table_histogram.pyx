# cython: language_level=3
"""Popcount histogram with a 256-entry byte table on uint32_t words.

A static unsigned char table of byte popcounts (built once) turns each 32-bit count
into four table lookups; the xorshift generator runs on uint32_t with natural
wrap-around, and the histogram is a small C array.

Keywords: popcount, Hamming weight, lookup table, xorshift, histogram
"""

import cython
from libc.stdint cimport uint32_t, uint8_t

from cnake_charmer.benchmarks import cython_benchmark


cdef uint8_t BYTE_POP[256]
cdef int _b
for _b in range(256):
    BYTE_POP[_b] = (_b & 1) + ((_b >> 1) & 1) + ((_b >> 2) & 1) + ((_b >> 3) & 1) + \
        ((_b >> 4) & 1) + ((_b >> 5) & 1) + ((_b >> 6) & 1) + ((_b >> 7) & 1)


cdef inline int popcount32(uint32_t v) noexcept nogil:
    return BYTE_POP[v & 0xFF] + BYTE_POP[(v >> 8) & 0xFF] + BYTE_POP[(v >> 16) & 0xFF] + BYTE_POP[v >> 24]


@cython_benchmark(args=(400000, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
def popcount_table_histogram(long n, long long seed):
    """Return (histogram of popcounts 0..32, odd-parity count, first word with max popcount)."""
    cdef uint32_t x = <uint32_t>seed
    cdef long hist[33]
    cdef long i, odd = 0
    cdef int c, best_count = -1
    cdef uint32_t best_word = 0
    if x == 0:
        x = 2463534242u
    for i in range(33):
        hist[i] = 0
    with nogil:
        for i in range(n):
            x ^= x << 13
            x ^= x >> 17
            x ^= x << 5
            c = popcount32(x)
            hist[c] += 1
            odd += c & 1
            if c > best_count:
                best_count = c
                best_word = x
    return [hist[i] for i in range(33)], odd, best_word
