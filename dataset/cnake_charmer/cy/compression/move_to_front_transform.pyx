# cython: language_level=3
"""Move-to-front with a 256-byte table shifted by ``memmove``.

The recency list is an ``unsigned char[256]`` array; finding a byte is a short linear
scan (recent bytes are near the front) and moving it to the front is one ``memmove``
of the preceding entries. The inverse transform reuses the same table operations.

Keywords: move to front, mtf, memmove, byte table, compression
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memmove, memcmp

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(150000, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
def move_to_front_transform(int n, int seed):
    """Return (sum of ranks, zero ranks, first 16 ranks, inverse ok)."""
    cdef unsigned char table[256]
    cdef unsigned char *data = <unsigned char *> malloc(n + 1)
    cdef unsigned char *ranks = <unsigned char *> malloc(n + 1)
    cdef unsigned char *back = <unsigned char *> malloc(n + 1)
    cdef unsigned long long state = seed
    cdef int i, r, current = 0, zeros = 0
    cdef long long total = 0
    cdef unsigned char b
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if state % 5 == 0:
                current = (state >> 8) % 200
            data[i] = current if state % 3 else (current + 1) % 256
        for i in range(256):
            table[i] = i
        for i in range(n):
            b = data[i]
            r = 0
            while table[r] != b:
                r += 1
            ranks[i] = r
            total += r
            zeros += r == 0
            memmove(table + 1, table, r)
            table[0] = b
        for i in range(256):
            table[i] = i
        for i in range(n):
            r = ranks[i]
            b = table[r]
            back[i] = b
            memmove(table + 1, table, r)
            table[0] = b
        return (total, zeros, [ranks[i] for i in range(n if n < 16 else 16)], memcmp(back, data, n) == 0)
    finally:
        free(data)
        free(ranks)
        free(back)
