# cython: language_level=3
"""MurmurHash3 x86_32 with ``uint32_t`` arithmetic and a union for block loads.

Each 4-byte block is read through a ``cdef union`` of ``uint8_t[4]`` and ``uint32_t``
(little-endian targets, as all supported ones are), rotations are inline cdef
functions and multiplication wraps modulo 2**32 natively, so no masking is needed.

Keywords: murmurhash3, union, rotate, unsigned integers, hashing
"""

import cython
from libc.stdint cimport uint8_t, uint32_t
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


cdef union Block:
    uint8_t b[4]
    uint32_t w


cdef inline uint32_t _rotl(uint32_t x, int r) noexcept nogil:
    return (x << r) | (x >> (32 - r))


cdef uint32_t _murmur3(const uint8_t *data, int n, uint32_t seed) noexcept nogil:
    cdef uint32_t h = seed, k
    cdef int i, nblocks = n // 4, t
    cdef Block blk
    for i in range(nblocks):
        blk.b[0] = data[4 * i]
        blk.b[1] = data[4 * i + 1]
        blk.b[2] = data[4 * i + 2]
        blk.b[3] = data[4 * i + 3]
        k = blk.w * 0xCC9E2D51u
        k = _rotl(k, 15) * 0x1B873593u
        h ^= k
        h = _rotl(h, 13) * 5 + 0xE6546B64u
    t = n & 3
    if t:
        k = 0
        for i in range(t - 1, -1, -1):
            k = (k << 8) | data[4 * nblocks + i]
        k = _rotl(k * 0xCC9E2D51u, 15) * 0x1B873593u
        h ^= k
    h ^= <uint32_t> n
    h ^= h >> 16
    h *= 0x85EBCA6Bu
    h ^= h >> 13
    h *= 0xC2B2AE35u
    h ^= h >> 16
    return h


@cython_benchmark(args=(30000, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
def murmur3_32_hashes(int n_keys, int seed):
    """Return (xor of all hashes, hashes with the top bit set, distinct low 16 bits, first 6 hashes)."""
    cdef uint8_t data[32]
    cdef uint8_t seen[65536]
    cdef unsigned long long state = seed
    cdef uint32_t h, acc = 0
    cdef int i, j, high = 0, distinct = 0
    cdef list first = []
    memset(seen, 0, sizeof(seen))
    for i in range(n_keys):
        for j in range(i % 24):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            data[j] = (state >> 13) & 0xFF
        h = _murmur3(data, i % 24, <uint32_t> (<unsigned long long> i * 2654435761ULL))
        acc ^= h
        high += h >> 31
        if not seen[h & 0xFFFF]:
            seen[h & 0xFFFF] = 1
            distinct += 1
        if i < 6:
            first.append(h)
    return (acc, high, distinct, first)
