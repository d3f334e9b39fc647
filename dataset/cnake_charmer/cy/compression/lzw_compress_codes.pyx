# cython: language_level=3
"""LZW with an open-addressing (prefix code, byte) table of ``uint32_t`` keys.

A phrase is represented by its code, so extending it by one byte is the key
``code << 8 | byte``; that key is looked up in a power-of-two linear-probing table of
unsigned integers, replacing the byte-string concatenation and dict lookup per input
byte.

Keywords: lzw, dictionary coder, hash table, unsigned integers, compression
"""

import cython
from libc.stdlib cimport malloc, free
from libc.stdint cimport uint32_t

from cnake_charmer.benchmarks import cython_benchmark

DEF_SLOTS = 16384
cdef uint32_t SLOTS = DEF_SLOTS
cdef uint32_t EMPTY = 0xFFFFFFFFu


@cython_benchmark(args=(200000, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
def lzw_compress_codes(int n, int seed):
    """Return (codes emitted, dictionary size, checksum of codes, first 12 codes)."""
    cdef unsigned char *data = <unsigned char *> malloc(n + 1)
    cdef uint32_t *keys = <uint32_t *> malloc(SLOTS * sizeof(uint32_t))
    cdef int *vals = <int *> malloc(SLOTS * sizeof(int))
    cdef unsigned long long state = seed
    cdef int i, w = -1, size = 256, ncodes = 0, found
    cdef uint32_t key, slot
    cdef long long checksum = 0
    cdef list first = []
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            data[i] = 97 + ((data[i - 1] - 97 if i else 0) + (state >> 9) % 3) % 12
        for slot in range(SLOTS):
            keys[slot] = EMPTY
        for i in range(n):
            if w < 0:
                w = data[i]
                continue
            key = (<uint32_t> w << 8) | data[i]
            slot = (key * 2654435761u) >> 18
            found = -1
            while keys[slot] != EMPTY:
                if keys[slot] == key:
                    found = vals[slot]
                    break
                slot = (slot + 1) & (SLOTS - 1)
            if found >= 0:
                w = found
            else:
                ncodes += 1
                checksum = (checksum * 4099 + w) % 2147483647
                if ncodes <= 12:
                    first.append(w)
                if size < 4096:
                    keys[slot] = key
                    vals[slot] = size
                    size += 1
                w = data[i]
        if w >= 0:
            ncodes += 1
            checksum = (checksum * 4099 + w) % 2147483647
            if ncodes <= 12:
                first.append(w)
        return (ncodes, size, checksum, first)
    finally:
        free(data)
        free(keys)
        free(vals)
