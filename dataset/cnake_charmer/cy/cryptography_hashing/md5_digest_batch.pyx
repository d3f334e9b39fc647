# cython: language_level=3
"""MD5 with a union block view and digests written into a bytes object.

Each padded 64-byte block sits in a ``cdef union`` of ``uint8_t[64]`` and
``uint32_t[16]``, so on little-endian hosts the sixteen message words need no
assembly; the four rounds are ``uint32_t`` arithmetic with rotation helpers, and the
digest is written through ``PyBytes_AS_STRING`` into a preallocated bytes object.

Keywords: md5, union, little endian, cpython api, unsigned integers, hashing
"""

import math
import cython
from libc.stdint cimport uint8_t, uint32_t, uint64_t
from libc.string cimport memcpy, memset
from cpython.bytes cimport PyBytes_FromStringAndSize, PyBytes_AS_STRING

from cnake_charmer.benchmarks import cython_benchmark

cdef int S[64]
cdef uint32_t K[64]
for _i in range(64):
    S[_i] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21][4 * (_i // 16) + _i % 4]
    K[_i] = int(abs(math.sin(_i + 1)) * 2 ** 32) & 0xFFFFFFFF


cdef union Block:
    uint8_t b[64]
    uint32_t w[16]


cdef inline uint32_t _rotl(uint32_t x, int r) noexcept nogil:
    return (x << r) | (x >> (32 - r))


cdef void _compress(uint32_t *h, const Block *blk) noexcept nogil:
    cdef uint32_t a = h[0], b = h[1], c = h[2], d = h[3], f, t
    cdef int i, g
    for i in range(64):
        if i < 16:
            f = (b & c) | (~b & d)
            g = i
        elif i < 32:
            f = (d & b) | (~d & c)
            g = (5 * i + 1) % 16
        elif i < 48:
            f = b ^ c ^ d
            g = (3 * i + 5) % 16
        else:
            f = c ^ (b | ~d)
            g = (7 * i) % 16
        f = f + a + K[i] + blk.w[g]
        a = d
        d = c
        c = b
        b = b + _rotl(f, S[i])
    h[0] += a
    h[1] += b
    h[2] += c
    h[3] += d


@cython_benchmark(args=(1000, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
def md5_digest_batch(int n_msgs, int seed):
    """Return (hex digests of the first 3 messages, xor of all first digest bytes, digests starting with 0)."""
    cdef uint8_t buf[320]
    cdef Block blk
    cdef uint32_t h[4]
    cdef bytes digest = PyBytes_FromStringAndSize(NULL, 16)
    cdef uint8_t *dp = <uint8_t *> PyBytes_AS_STRING(digest)
    cdef unsigned long long state = seed
    cdef int i, j, n, padded, off, acc = 0, zero_start = 0
    cdef uint64_t bits
    cdef list first = []
    for i in range(n_msgs):
        n = (i * 29) % 180
        for j in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            buf[j] = (state >> 10) & 0xFF
        padded = ((n + 8) // 64 + 1) * 64
        buf[n] = 0x80
        memset(buf + n + 1, 0, padded - n - 1)
        bits = <uint64_t> n * 8
        for j in range(8):
            buf[padded - 8 + j] = (bits >> (8 * j)) & 0xFF
        h[0] = 0x67452301u
        h[1] = 0xEFCDAB89u
        h[2] = 0x98BADCFEu
        h[3] = 0x10325476u
        for off in range(0, padded, 64):
            memcpy(blk.b, buf + off, 64)
            _compress(h, &blk)
        for j in range(4):
            dp[4 * j] = h[j] & 0xFF
            dp[4 * j + 1] = (h[j] >> 8) & 0xFF
            dp[4 * j + 2] = (h[j] >> 16) & 0xFF
            dp[4 * j + 3] = (h[j] >> 24) & 0xFF
        acc ^= dp[0]
        zero_start += (dp[0] >> 4) == 0
        if i < 3:
            first.append(digest.hex())
    return (first, acc, zero_start)
