# cython: language_level=3
"""Block entropy from a 256-bin C histogram and ``log2`` from libc.math.

Each block's histogram is an ``int[256]`` cleared with ``memset``; the non-zero counts
are sorted in place (tiny insertion sort) so the floating-point sum runs in the same
order as the Python version's sorted counts, and ``log2`` is the C library function.

Keywords: entropy, shannon, histogram, libc math, compression
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memset
from libc.math cimport log2

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(250000, 1024, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def block_entropy_profile(int n, int block, int seed):
    """Return (entropy of the first 20 blocks, mean entropy, most random block, blocks under 1 bit)."""
    cdef unsigned char *data = <unsigned char *> malloc(n + 1)
    cdef int hist[256]
    cdef int vals[256]
    cdef unsigned long long state = seed
    cdef int i, j, k, nv, region, start, stop, size, best = -1, low = 0, nblocks = 0, key
    cdef double h, p, total = 0.0, best_h = -1.0
    cdef list first = []
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            region = (i // 4096) % 3
            if region == 0:
                data[i] = 97 + (state >> 8) % 26 if (state >> 20) % 4 else 32
            elif region == 1:
                data[i] = (state >> 7) & 0xFF
            else:
                data[i] = 48 if (state >> 9) % 50 else 49
        for start in range(0, n, block):
            stop = start + block if start + block < n else n
            size = stop - start
            memset(hist, 0, sizeof(hist))
            for i in range(start, stop):
                hist[data[i]] += 1
            nv = 0
            for k in range(256):
                if hist[k]:
                    key = hist[k]
                    j = nv
                    while j > 0 and vals[j - 1] > key:
                        vals[j] = vals[j - 1]
                        j -= 1
                    vals[j] = key
                    nv += 1
            h = 0.0
            for k in range(nv):
                p = vals[k] / <double> size
                h -= p * log2(p)
            if nblocks < 20:
                first.append(h)
            total += h
            if h > best_h:
                best_h = h
                best = nblocks
            if h < 1.0:
                low += 1
            nblocks += 1
        if nblocks == 0:
            return ([], 0.0, -1, 0)
        return (first, total / nblocks, best, low)
    finally:
        free(data)
