# cython: language_level=3
"""Consecutive runs found with a presence bitmap instead of a hash set.

The values lie in a known window [-span/2, span/2), so membership becomes a bit in a
calloc'd uint64_t bitmap indexed by value - low. A linear scan of the bitmap visits
runs in increasing order, and whole empty words are skipped at once.

Keywords: consecutive sequence, hash set, linear time, runs, classic exercise
"""

import cython
from libc.stdint cimport uint64_t
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(100000, 200000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def longest_consecutive_run_hashset(long n, long span, long long seed):
    """Return (longest run length, its start or 0, number of runs, histogram of lengths 1..10+); span >= 1."""
    if span < 1:
        raise ValueError("span must be positive")
    cdef long low = -(span // 2)
    cdef long nwords = (span >> 6) + 1, i, pos, start, length, best_len = 0, best_start = 0, runs = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long hist[10]
    cdef uint64_t *bits = <uint64_t *>calloc(nwords + 1, sizeof(uint64_t))
    if bits == NULL:
        raise MemoryError()
    try:
        for i in range(10):
            hist[i] = 0
        for i in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            pos = <long>((state >> 4) % <unsigned long long>span)
            bits[pos >> 6] |= (<uint64_t>1) << (pos & 63)
        pos = 0
        while pos < span:
            if bits[pos >> 6] == 0:
                pos = (pos | 63) + 1
                continue
            if not (bits[pos >> 6] >> (pos & 63)) & 1:
                pos += 1
                continue
            start = pos
            while pos < span and (bits[pos >> 6] >> (pos & 63)) & 1:
                pos += 1
            length = pos - start
            runs += 1
            hist[(length if length < 10 else 10) - 1] += 1
            if length > best_len:
                best_len = length
                best_start = start + low
        return best_len, best_start, runs, [hist[i] for i in range(10)]
    finally:
        free(bits)
