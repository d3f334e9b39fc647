# cython: language_level=3
"""GC-skew scan over a byte buffer with a 256-entry complement table.

The genome is a malloc'd ``unsigned char`` array; the skew walk is a typed loop, minima
positions are collected only while needed, and the reverse complement is read through
a static translation table without building a second string.

Keywords: gc skew, dna, reverse complement, lookup table, strings
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(400000, 12))
@cython.boundscheck(False)
@cython.wraparound(False)
def gc_skew_origin_scan(int n, int seed):
    """Return (min skew, number of minima, first 5 minima, final skew, revcomp checksum)."""
    cdef unsigned char comp[256]
    cdef unsigned char *g = <unsigned char *> malloc(n + 1)
    cdef unsigned long long state = seed
    cdef unsigned long long checksum = 0
    cdef int i, r, skew = 0, low = 0, nmin = 1
    cdef int first[5]
    memset(comp, 0, 256)
    comp[b'A'] = b'T'
    comp[b'C'] = b'G'
    comp[b'G'] = b'C'
    comp[b'T'] = b'A'
    first[0] = 0
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            r = (state >> 8) % 100
            if r < 24 + (2 if i * 2 >= n else -2):
                g[i] = b'G'
            elif r < 48:
                g[i] = b'C'
            elif r < 74:
                g[i] = b'A'
            else:
                g[i] = b'T'
        for i in range(n):
            if g[i] == b'G':
                skew += 1
            elif g[i] == b'C':
                skew -= 1
            if skew < low:
                low = skew
                nmin = 1
                first[0] = i + 1
            elif skew == low:
                if nmin < 5:
                    first[nmin] = i + 1
                nmin += 1
        for i in range(n - 1, -1, -1):
            checksum = (checksum * 7 + comp[g[i]]) % 2147483647
        return (low, nmin, [first[i] for i in range(nmin if nmin < 5 else 5)], skew, checksum)
    finally:
        free(g)
