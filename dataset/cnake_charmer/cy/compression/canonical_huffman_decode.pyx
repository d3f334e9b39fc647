# cython: language_level=3
"""Canonical code construction and table-driven decoding with per-length counts.

Code lengths index ``count`` and ``first code`` arrays (the DEFLATE/puff decoder
layout) so decoding reads one bit at a time from a packed ``uint8_t`` buffer and
compares the running code against the first code of the current length, never
materialising codeword strings except the six that are returned.

Keywords: canonical huffman, prefix code, deflate, bit reader, decoding, compression
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memset
from libc.stdint cimport uint8_t, uint32_t

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(40, 60000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def canonical_huffman_decode(int n_symbols, int n_message, int seed):
    """Return (code length per symbol, encoded bits, round trip ok, first 6 codewords by symbol)."""
    cdef int *lens = <int *> malloc(n_symbols * sizeof(int))
    cdef int *leaves = <int *> malloc((n_symbols + 1) * sizeof(int))
    cdef uint32_t *code = <uint32_t *> malloc(n_symbols * sizeof(uint32_t))
    cdef int *sorted_syms = <int *> malloc(n_symbols * sizeof(int))
    cdef int *message = <int *> malloc((n_message + 1) * sizeof(int))
    cdef uint8_t *buf = <uint8_t *> calloc(n_message * 8 + 8, 1)
    cdef int count[64]
    cdef int offs[64]
    cdef unsigned long long state = seed
    cdef int nl = 1, i, j, depth, s, a, b, length, maxlen = 0, idx, got
    cdef uint32_t c = 0, cur, first
    cdef long long nbits = 0, pos
    cdef bint ok = True
    try:
        leaves[0] = 0
        while nl < n_symbols:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            i = (state >> 8) % nl
            depth = leaves[i]
            for j in range(i, nl - 1):
                leaves[j] = leaves[j + 1]
            leaves[nl - 1] = depth + 1
            leaves[nl] = depth + 1
            nl += 1
        # sort the leaf depths ascending (insertion sort, n is small)
        for i in range(1, n_symbols):
            depth = leaves[i]
            j = i
            while j > 0 and leaves[j - 1] > depth:
                leaves[j] = leaves[j - 1]
                j -= 1
            leaves[j] = depth
        memset(count, 0, sizeof(count))
        for s in range(n_symbols):
            lens[s] = leaves[s]
            count[lens[s]] += 1
            if lens[s] > maxlen:
                maxlen = lens[s]
        # symbols ordered by (length, symbol) via counting offsets
        offs[0] = 0
        for length in range(1, 64):
            offs[length] = offs[length - 1] + count[length - 1]
        for s in range(n_symbols):
            sorted_syms[offs[lens[s]]] = s
            offs[lens[s]] += 1
        length = lens[sorted_syms[0]]
        for i in range(n_symbols):
            s = sorted_syms[i]
            c <<= lens[s] - length
            length = lens[s]
            code[s] = c
            c += 1
        for i in range(n_message):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            a = (state >> 8) % n_symbols
            b = (state >> 16) % n_symbols
            s = a if a < b else b
            message[i] = s
            for j in range(lens[s] - 1, -1, -1):
                if (code[s] >> j) & 1:
                    buf[nbits >> 3] |= 0x80 >> (nbits & 7)
                nbits += 1
        # decode: walk lengths, comparing against the first code of each length
        pos = 0
        got = 0
        while pos < nbits:
            cur = 0
            first = 0
            idx = 0
            length = 0
            while True:
                if pos >= nbits:
                    ok = False
                    break
                cur = (cur << 1) | ((buf[pos >> 3] >> (7 - (pos & 7))) & 1)
                pos += 1
                length += 1
                if <int> (cur - first) < count[length] and cur >= first:
                    s = sorted_syms[idx + cur - first]
                    if got >= n_message or message[got] != s:
                        ok = False
                    got += 1
                    break
                idx += count[length]
                first = (first + count[length]) << 1
            if not ok:
                break
        ok = ok and got == n_message
        words = []
        for s in range(min(6, n_symbols)):
            words.append(format(code[s], "b").zfill(lens[s]) if lens[s] else format(code[s], "b"))
        return ([lens[s] for s in range(n_symbols)], nbits, ok, words)
    finally:
        free(lens)
        free(leaves)
        free(code)
        free(sorted_syms)
        free(message)
        free(buf)
