# cython: language_level=3
"""Repeated-substring probes with a rolling hash and a verified open-addressing table.

Each probe computes a polynomial rolling hash of every window (``uint64_t``, wrapping)
and inserts window start positions into a linear-probing table keyed by that hash;
a hash hit is confirmed with ``memcmp`` so the answer is exact, like the Python set of
slices, but no substring objects are created.

Keywords: longest repeated substring, rolling hash, rabin karp, hash table, memcmp, strings
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcmp
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef int _repeat_at(const char *s, int n, int length, int *slots, uint64_t *hashes, int cap) noexcept nogil:
    cdef uint64_t base = 1000003, h = 0, top = 1
    cdef int i, j, slot
    if length > n:
        return -1
    for i in range(cap):
        slots[i] = -1
    for i in range(length - 1):
        top *= base
    for i in range(length):
        h = h * base + <unsigned char> s[i]
    i = 0
    while True:
        slot = <int> ((h * 0x9E3779B97F4A7C15ULL) >> 40) & (cap - 1)
        while slots[slot] >= 0:
            j = slots[slot]
            if hashes[slot] == h and memcmp(s + j, s + i, length) == 0:
                return i
            slot = (slot + 1) & (cap - 1)
        slots[slot] = i
        hashes[slot] = h
        if i + length >= n:
            return -1
        h = (h - top * <unsigned char> s[i]) * base + <unsigned char> s[i + length]
        i += 1


@cython_benchmark(args=(60000, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
def longest_repeated_substring_hash(int n, int seed):
    """Return (length of the longest repeated substring, start of its second occurrence, its first 40 characters)."""
    cdef int cap = 1
    while cap < 2 * n + 2:
        cap *= 2
    cdef char *s = <char *> malloc(n + 1)
    cdef int *slots = <int *> malloc(cap * sizeof(int))
    cdef uint64_t *hashes = <uint64_t *> malloc(cap * sizeof(uint64_t))
    cdef unsigned long long state = seed
    cdef int i, lo = 0, hi = 1, mid, at
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            s[i] = b"abcd"[(state >> 24) & 3]
        while hi < n and _repeat_at(s, n, hi, slots, hashes, cap) >= 0:
            lo = hi
            hi *= 2
        if hi > n - 1:
            hi = n - 1 if n > 1 else 0
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if _repeat_at(s, n, mid, slots, hashes, cap) >= 0:
                lo = mid
            else:
                hi = mid - 1
        if lo == 0:
            return (0, -1, "")
        at = _repeat_at(s, n, lo, slots, hashes, cap)
        return (lo, at, s[at:at + (lo if lo < 40 else 40)].decode("ascii"))
    finally:
        free(s)
        free(slots)
        free(hashes)
