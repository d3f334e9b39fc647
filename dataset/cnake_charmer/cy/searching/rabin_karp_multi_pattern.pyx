# distutils: language = c++
# cython: language_level=3
"""Rabin-Karp with a C++ unordered_multimap from hash to pattern index.

Text symbols are uint8_t in a std::vector, the rolling hash is updated with unsigned
64-bit arithmetic, and candidate patterns are found through an unordered_multimap
equal_range and verified with memcmp on the raw bytes.

Keywords: Rabin-Karp, rolling hash, multi-pattern search, polynomial hash, hashing
"""

import cython
from libc.stdint cimport uint8_t, uint64_t
from libc.string cimport memcmp
from libcpp.vector cimport vector
from libcpp.unordered_map cimport unordered_multimap
from libcpp.pair cimport pair
from cython.operator cimport dereference as deref, preincrement as inc

from cnake_charmer.benchmarks import cython_benchmark


cdef inline uint64_t poly_hash(const uint8_t *seq, int m) noexcept nogil:
    cdef uint64_t h = 0
    cdef int i
    for i in range(m):
        h = (h * 31 + seq[i] + 1) % 1000003
    return h


@cython_benchmark(args=(400000, 40, 6, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
def rabin_karp_multi_pattern(Py_ssize_t text_len, int n_patterns, int m, long long seed):
    """Return (total matches, matches per pattern, false hash hits); m >= 1."""
    if m < 1:
        raise ValueError("pattern length must be positive")
    cdef uint64_t mod = 1000003, high = 1, h
    cdef Py_ssize_t n = text_len if text_len > 0 else 0
    cdef int np = n_patterns if n_patterns > 0 else 0
    cdef Py_ssize_t i, start
    cdef int idx
    cdef long long false_hits = 0
    cdef uint64_t state = <uint64_t>(seed & 0x7FFFFFFF)
    cdef vector[uint8_t] text
    cdef vector[uint8_t] pats
    cdef vector[long long] counts
    cdef unordered_multimap[uint64_t, int] by_hash
    cdef pair[unordered_multimap[uint64_t, int].iterator, unordered_multimap[uint64_t, int].iterator] rng
    cdef unordered_multimap[uint64_t, int].iterator it
    text.resize(n + 1)
    pats.resize(<size_t>np * m + 1)
    counts.resize(np)
    for i in range(n):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        text[i] = <uint8_t>((state >> 11) % 4)
    for i in range(<Py_ssize_t>np * m):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        pats[i] = <uint8_t>((state >> 11) % 4)
    for idx in range(np):
        by_hash.insert(pair[uint64_t, int](poly_hash(&pats[0] + <size_t>idx * m, m), idx))
    if n >= m:
        for i in range(m - 1):
            high = high * 31 % mod
        h = poly_hash(&text[0], m)
        for start in range(n - m + 1):
            if start:
                h = ((h + mod * 32 - (text[start - 1] + 1) * high % mod) * 31 + text[start + m - 1] + 1) % mod
            rng = by_hash.equal_range(h)
            it = rng.first
            while it != rng.second:
                idx = deref(it).second
                if memcmp(&text[0] + start, &pats[0] + <size_t>idx * m, m) == 0:
                    counts[idx] += 1
                else:
                    false_hits += 1
                inc(it)
    total = 0
    for idx in range(np):
        total += counts[idx]
    return total, [counts[idx] for idx in range(np)], false_hits
