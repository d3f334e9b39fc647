# cython: language_level=3
"""SHA-256 with ``uint32_t`` state, a stack message schedule and in-place padding.

Each message is generated and padded inside a C byte buffer; blocks are loaded
big-endian into a ``uint32_t[64]`` schedule, and the 64 rounds use inline rotate and
choose/majority helpers on unsigned 32-bit words, so no masking or Python integers
appear in the compression function.

Keywords: sha256, compression function, unsigned integers, inline functions, hashing
"""

import cython
from libc.stdint cimport uint8_t, uint32_t, uint64_t
from libc.string cimport memset, memcpy

from cnake_charmer.benchmarks import cython_benchmark

cdef uint32_t K[64]
K[:] = [
    0x428A2F98, 0x71374491, 0xB5C0FBCF, 0xE9B5DBA5, 0x3956C25B, 0x59F111F1, 0x923F82A4, 0xAB1C5ED5,
    0xD807AA98, 0x12835B01, 0x243185BE, 0x550C7DC3, 0x72BE5D74, 0x80DEB1FE, 0x9BDC06A7, 0xC19BF174,
    0xE49B69C1, 0xEFBE4786, 0x0FC19DC6, 0x240CA1CC, 0x2DE92C6F, 0x4A7484AA, 0x5CB0A9DC, 0x76F988DA,
    0x983E5152, 0xA831C66D, 0xB00327C8, 0xBF597FC7, 0xC6E00BF3, 0xD5A79147, 0x06CA6351, 0x14292967,
    0x27B70A85, 0x2E1B2138, 0x4D2C6DFC, 0x53380D13, 0x650A7354, 0x766A0ABB, 0x81C2C92E, 0x92722C85,
    0xA2BFE8A1, 0xA81A664B, 0xC24B8B70, 0xC76C51A3, 0xD192E819, 0xD6990624, 0xF40E3585, 0x106AA070,
    0x19A4C116, 0x1E376C08, 0x2748774C, 0x34B0BCB5, 0x391C0CB3, 0x4ED8AA4A, 0x5B9CCA4F, 0x682E6FF3,
    0x748F82EE, 0x78A5636F, 0x84C87814, 0x8CC70208, 0x90BEFFFA, 0xA4506CEB, 0xBEF9A3F7, 0xC67178F2,
]
cdef uint32_t H0[8]
H0[:] = [0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19]


cdef inline uint32_t _rotr(uint32_t x, int r) noexcept nogil:
    return (x >> r) | (x << (32 - r))


cdef void _compress(uint32_t *h, const uint8_t *blk) noexcept nogil:
    cdef uint32_t w[64]
    cdef uint32_t a, b, c, d, e, f, g, hh, t1, t2, s0, s1
    cdef int i
    for i in range(16):
        w[i] = (<uint32_t> blk[4 * i] << 24) | (<uint32_t> blk[4 * i + 1] << 16) | \
               (<uint32_t> blk[4 * i + 2] << 8) | blk[4 * i + 3]
    for i in range(16, 64):
        s0 = _rotr(w[i - 15], 7) ^ _rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
        s1 = _rotr(w[i - 2], 17) ^ _rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
        w[i] = w[i - 16] + s0 + w[i - 7] + s1
    a = h[0]; b = h[1]; c = h[2]; d = h[3]; e = h[4]; f = h[5]; g = h[6]; hh = h[7]
    for i in range(64):
        t1 = hh + (_rotr(e, 6) ^ _rotr(e, 11) ^ _rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]
        t2 = (_rotr(a, 2) ^ _rotr(a, 13) ^ _rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))
        hh = g
        g = f
        f = e
        e = d + t1
        d = c
        c = b
        b = a
        a = t1 + t2
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh


@cython_benchmark(args=(250, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
def sha256_digest_batch(int n_msgs, int seed):
    """Return (digests of the first 3 messages, xor of all first digest words, total bytes hashed)."""
    cdef uint8_t buf[320]
    cdef uint32_t h[8]
    cdef unsigned long long state = seed
    cdef int i, j, n, padded, off
    cdef uint64_t bits
    cdef uint32_t acc = 0
    cdef long long total = 0
    cdef list first = []
    for i in range(n_msgs):
        n = (i * 37) % 200
        for j in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            buf[j] = (state >> 9) & 0xFF
        padded = ((n + 8) // 64 + 1) * 64
        buf[n] = 0x80
        memset(buf + n + 1, 0, padded - n - 1)
        bits = <uint64_t> n * 8
        for j in range(8):
            buf[padded - 1 - j] = (bits >> (8 * j)) & 0xFF
        memcpy(h, H0, sizeof(h))
        for off in range(0, padded, 64):
            _compress(h, buf + off)
        acc ^= h[0]
        total += n
        if i < 3:
            first.append("".join([f"{h[j]:08x}" for j in range(8)]))
    return (first, acc, total)
