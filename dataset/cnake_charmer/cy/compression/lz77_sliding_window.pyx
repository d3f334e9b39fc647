# cython: language_level=3
"""LZ77 match search over ``const unsigned char *`` with C token structs.

The data is generated into a malloc'd byte buffer and the window scan compares bytes
through pointers; tokens are stored as a C struct array and the verification decoder
copies matches byte by byte (overlapping copies allowed) before a ``memcmp``.

Keywords: lz77, sliding window, longest match, struct, compression
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy, memcmp, strlen

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *WORDS[9]
WORDS[:] = [b"the ", b"cat ", b"sat ", b"on ", b"mat ", b"and ", b"hat ", b"a ", b"rat "]


cdef struct Token:
    int offset
    int length
    unsigned char next


@cython_benchmark(args=(20000, 96, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def lz77_sliding_window(int n, int window, int seed):
    """Return (tokens, total matched bytes, first 8 tokens, round trip ok)."""
    cdef unsigned char *data = <unsigned char *> malloc(n + 16)
    cdef unsigned char *out = <unsigned char *> malloc(n + 16)
    cdef Token *toks = <Token *> malloc((n + 1) * sizeof(Token))
    cdef const unsigned char *d = data
    cdef unsigned long long state = seed
    cdef int pos = 0, wl, i, j, lo, length, best_len, best_off, nt = 0, k, m, matched = 0
    cdef const char *w
    try:
        while pos < n:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            w = WORDS[(state >> 8) % 9]
            wl = strlen(w)
            memcpy(data + pos, w, wl)
            pos += wl
        i = 0
        while i < n:
            best_len = 0
            best_off = 0
            lo = i - window if i - window > 0 else 0
            j = i - 1
            while j >= lo:
                length = 0
                while length < 18 and i + length < n - 1 and d[j + length] == d[i + length]:
                    length += 1
                if length > best_len:
                    best_len = length
                    best_off = i - j
                j -= 1
            toks[nt].offset = best_off
            toks[nt].length = best_len
            toks[nt].next = d[i + best_len]
            nt += 1
            matched += best_len
            i += best_len + 1
        m = 0
        for k in range(nt):
            for j in range(toks[k].length):
                out[m] = out[m - toks[k].offset]
                m += 1
            out[m] = toks[k].next
            m += 1
        return (nt, matched, [(toks[k].offset, toks[k].length, toks[k].next) for k in range(nt if nt < 8 else 8)],
                m == n and memcmp(out, data, n) == 0)
    finally:
        free(data)
        free(out)
        free(toks)
