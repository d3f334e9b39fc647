# cython: language_level=3
"""ChaCha20 with a union that views the state as 16 words or 64 bytes.

The working state is a ``cdef union`` of ``uint32_t[16]`` and ``uint8_t[64]``: rounds
operate on the words and serialisation reads the bytes directly (little-endian hosts),
replacing the per-word ``to_bytes`` calls. Quarter-rounds are inline functions on
``uint32_t`` with native wrap-around.

Keywords: chacha20, stream cipher, union, quarter round, unsigned integers, cryptography
"""

import cython
from libc.stdint cimport uint8_t, uint32_t
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark


cdef union State:
    uint32_t w[16]
    uint8_t b[64]


cdef inline uint32_t _rotl(uint32_t x, int n) noexcept nogil:
    return (x << n) | (x >> (32 - n))


cdef inline void _qr(uint32_t *s, int a, int b, int c, int d) noexcept nogil:
    s[a] += s[b]
    s[d] = _rotl(s[d] ^ s[a], 16)
    s[c] += s[d]
    s[b] = _rotl(s[b] ^ s[c], 12)
    s[a] += s[b]
    s[d] = _rotl(s[d] ^ s[a], 8)
    s[c] += s[d]
    s[b] = _rotl(s[b] ^ s[c], 7)


cdef void _block(const uint32_t *init, State *out) noexcept nogil:
    cdef int i
    memcpy(out.w, init, 64)
    for i in range(10):
        _qr(out.w, 0, 4, 8, 12)
        _qr(out.w, 1, 5, 9, 13)
        _qr(out.w, 2, 6, 10, 14)
        _qr(out.w, 3, 7, 11, 15)
        _qr(out.w, 0, 5, 10, 15)
        _qr(out.w, 1, 6, 11, 12)
        _qr(out.w, 2, 7, 8, 13)
        _qr(out.w, 3, 4, 9, 14)
    for i in range(16):
        out.w[i] += init[i]


@cython_benchmark(args=(800, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def chacha20_keystream_blocks(int n_blocks, int seed):
    """Return (hex of block 0's first 16 bytes, checksum of all blocks, byte histogram of 8 bins)."""
    cdef uint32_t init[16]
    cdef State st
    cdef long long hist[8]
    cdef unsigned long long state = seed
    cdef uint32_t checksum = 0
    cdef int i, counter
    head = ""
    init[0] = 0x61707865u
    init[1] = 0x3320646Eu
    init[2] = 0x79622D32u
    init[3] = 0x6B206574u
    for i in range(8):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        init[4 + i] = <uint32_t> (state * 2246822519ULL)
    for i in range(3):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        init[13 + i] = <uint32_t> state
    for i in range(8):
        hist[i] = 0
    for counter in range(1, n_blocks + 1):
        init[12] = <uint32_t> counter
        _block(init, &st)
        if counter == 1:
            head = (<bytes> st.b[:16]).hex()
        for i in range(64):
            checksum = checksum * 31 + st.b[i]
            hist[st.b[i] >> 5] += 1
    return (head, checksum, [hist[i] for i in range(8)])
