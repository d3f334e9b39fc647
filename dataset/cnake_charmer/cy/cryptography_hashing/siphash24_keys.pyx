# cython: language_level=3
"""SipHash-2-4 on four ``uint64_t`` words held in a C struct.

The SipRound is an inline function updating a struct of four unsigned 64-bit words in
place, so the add/rotate/xor network compiles to register arithmetic with native
wrap-around; message words are assembled little-endian from a byte buffer.

Keywords: siphash, keyed hash, struct, unsigned 64 bit, inline, hashing
"""

import cython
from libc.stdint cimport uint8_t, uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Sip:
    uint64_t v0
    uint64_t v1
    uint64_t v2
    uint64_t v3


cdef inline uint64_t _rotl(uint64_t x, int b) noexcept nogil:
    return (x << b) | (x >> (64 - b))


cdef inline void _round(Sip *s) noexcept nogil:
    s.v0 += s.v1
    s.v1 = _rotl(s.v1, 13) ^ s.v0
    s.v0 = _rotl(s.v0, 32)
    s.v2 += s.v3
    s.v3 = _rotl(s.v3, 16) ^ s.v2
    s.v0 += s.v3
    s.v3 = _rotl(s.v3, 21) ^ s.v0
    s.v2 += s.v1
    s.v1 = _rotl(s.v1, 17) ^ s.v2
    s.v2 = _rotl(s.v2, 32)


cdef uint64_t _siphash(uint64_t k0, uint64_t k1, const uint8_t *data, int n) noexcept nogil:
    cdef Sip s
    cdef uint64_t m, b
    cdef int off, j, full = n // 8 * 8
    s.v0 = k0 ^ 0x736F6D6570736575ULL
    s.v1 = k1 ^ 0x646F72616E646F6DULL
    s.v2 = k0 ^ 0x6C7967656E657261ULL
    s.v3 = k1 ^ 0x7465646279746573ULL
    for off in range(0, full, 8):
        m = 0
        for j in range(7, -1, -1):
            m = (m << 8) | data[off + j]
        s.v3 ^= m
        _round(&s)
        _round(&s)
        s.v0 ^= m
    b = 0
    for j in range(n - 1, full - 1, -1):
        b = (b << 8) | data[j]
    b |= (<uint64_t> (n & 0xFF)) << 56
    s.v3 ^= b
    _round(&s)
    _round(&s)
    s.v0 ^= b
    s.v2 ^= 0xFF
    for j in range(4):
        _round(&s)
    return s.v0 ^ s.v1 ^ s.v2 ^ s.v3


@cython_benchmark(args=(8000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def siphash24_keys(int n_msgs, int seed):
    """Return (xor of all hashes, number of odd hashes, first 4 hashes in hex)."""
    cdef uint8_t data[16]
    cdef unsigned long long state = seed
    cdef uint64_t k0 = 0, k1 = 0, h, acc = 0
    cdef int i, j, odd = 0
    cdef list first = []
    for i in range(4):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        k0 = (k0 << 16) | ((state >> 8) & 0xFFFF)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        k1 = (k1 << 16) | ((state >> 8) & 0xFFFF)
    for i in range(n_msgs):
        for j in range(i % 16):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            data[j] = (state >> 11) & 0xFF
        h = _siphash(k0, k1, data, i % 16)
        acc ^= h
        odd += h & 1
        if i < 4:
            first.append(f"{h:016x}")
    return (acc, odd, first)
