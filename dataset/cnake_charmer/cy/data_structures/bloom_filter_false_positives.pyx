# cython: language_level=3
"""Bloom filter over a packed uint64_t bit array with uint32_t hashing.

Bits are packed 64 per word (a calloc'd uint64_t array), so membership tests are a
shift and a mask; the two base hashes are computed with wrapping uint32_t
multiplication, matching the Python masks, and positions use 64-bit arithmetic.

Keywords: Bloom filter, probabilistic data structure, bit array, double hashing, false positives
"""

import cython
from libc.stdint cimport uint32_t, uint64_t
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline void base_hashes(uint64_t key, uint64_t *h1, uint64_t *h2) noexcept nogil:
    cdef uint32_t a = <uint32_t>(key * 0x9E3779B1ULL)
    a ^= a >> 15
    cdef uint32_t b = <uint32_t>(key * 0x85EBCA77ULL + 0x165667B1ULL)
    b ^= b >> 13
    h1[0] = a
    h2[0] = b | 1u


cdef inline bint contains(const uint64_t *words, uint64_t n_bits, int k, uint64_t key) noexcept nogil:
    cdef uint64_t h1, h2, pos
    cdef int i
    base_hashes(key, &h1, &h2)
    for i in range(k):
        pos = (h1 + i * h2) % n_bits
        if not (words[pos >> 6] >> (pos & 63)) & 1:
            return False
    return True


@cython_benchmark(args=(40000, 400000, 5, 40000))
@cython.boundscheck(False)
@cython.wraparound(False)
def bloom_filter_false_positives(long n_keys, long n_bits, int k, long n_probes):
    """Return (bits set, false positives among probes, all inserted found, bit positions of key 0)."""
    if n_bits < 1 or k < 1:
        raise ValueError("need at least one bit and one hash")
    cdef uint64_t nb = <uint64_t>n_bits, h1, h2, pos
    cdef uint64_t nwords = (nb + 63) >> 6
    cdef long key, p, set_bits = 0, false_pos = 0
    cdef int i
    cdef bint all_found = True
    cdef uint64_t w
    cdef uint64_t *words = <uint64_t *>calloc(nwords, sizeof(uint64_t))
    if words == NULL:
        raise MemoryError()
    try:
        with nogil:
            for key in range(n_keys):
                base_hashes(<uint64_t>(key * 2 + 1), &h1, &h2)
                for i in range(k):
                    pos = (h1 + i * h2) % nb
                    words[pos >> 6] |= (<uint64_t>1) << (pos & 63)
            for key in range(n_keys):
                if not contains(words, nb, k, <uint64_t>(key * 2 + 1)):
                    all_found = False
                    break
            for p in range(n_probes):
                if contains(words, nb, k, <uint64_t>(p * 2 + 2)):
                    false_pos += 1
            for p in range(<long>nwords):
                w = words[p]
                while w:
                    w &= w - 1
                    set_bits += 1
        base_hashes(1, &h1, &h2)
        return set_bits, false_pos, all_found, [(h1 + i * h2) % nb for i in range(k)]
    finally:
        free(words)
