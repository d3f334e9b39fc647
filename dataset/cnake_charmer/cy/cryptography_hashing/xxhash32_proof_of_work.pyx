# cython: language_level=3
"""xxHash32 nonce search over a C message buffer with ``uint32_t`` lanes.

The message prefix is written once per block and each nonce is appended as decimal
digits into a ``char`` buffer; the hash reads little-endian lanes with ``memcpy`` into
``uint32_t`` and all multiplications wrap natively, so the search loop makes no Python
objects until a winner is found.

Keywords: xxhash32, proof of work, nonce search, unsigned integers, memcpy, hashing
"""

import cython
from libc.string cimport memcpy
from libc.stdio cimport snprintf
from libc.stdint cimport uint8_t, uint32_t

from cnake_charmer.benchmarks import cython_benchmark

cdef uint32_t P1 = 2654435761u, P2 = 2246822519u, P3 = 3266489917u, P4 = 668265263u, P5 = 374761393u


cdef inline uint32_t _rotl(uint32_t x, int r) noexcept nogil:
    return (x << r) | (x >> (32 - r))


cdef inline uint32_t _lane(const uint8_t *p) noexcept nogil:
    cdef uint32_t v
    memcpy(&v, p, 4)
    return v


cdef uint32_t _xxh32(const uint8_t *data, int n) noexcept nogil:
    cdef int i = 0
    cdef uint32_t h, v1, v2, v3, v4
    if n >= 16:
        v1 = P1 + P2
        v2 = P2
        v3 = 0
        v4 = 0u - P1
        while i + 16 <= n:
            v1 = _rotl(v1 + _lane(data + i) * P2, 13) * P1
            v2 = _rotl(v2 + _lane(data + i + 4) * P2, 13) * P1
            v3 = _rotl(v3 + _lane(data + i + 8) * P2, 13) * P1
            v4 = _rotl(v4 + _lane(data + i + 12) * P2, 13) * P1
            i += 16
        h = _rotl(v1, 1) + _rotl(v2, 7) + _rotl(v3, 12) + _rotl(v4, 18)
    else:
        h = P5
    h += <uint32_t> n
    while i + 4 <= n:
        h = _rotl(h + _lane(data + i) * P3, 17) * P4
        i += 4
    while i < n:
        h = _rotl(h + data[i] * P5, 11) * P1
        i += 1
    h ^= h >> 15
    h *= P2
    h ^= h >> 13
    h *= P3
    h ^= h >> 16
    return h


@cython_benchmark(args=(12, 10))
@cython.boundscheck(False)
@cython.wraparound(False)
def xxhash32_proof_of_work(int n_blocks, int difficulty):
    """Return (winning nonce per block, total hashes computed, hex of the last winning hash)."""
    cdef char buf[48]
    cdef int block, prefix, n
    cdef long long nonce, total = 0
    cdef uint32_t h = 0
    cdef list nonces = []
    last = ""
    for block in range(n_blocks):
        prefix = snprintf(buf, 48, "block-%04d:", block)
        nonce = 0
        while True:
            n = prefix + snprintf(buf + prefix, 48 - prefix, "%lld", nonce)
            h = _xxh32(<const uint8_t *> buf, n)
            total += 1
            if difficulty == 0 or (h >> (32 - difficulty)) == 0:
                break
            nonce += 1
        nonces.append(nonce)
        last = f"{h:08x}"
    return (nonces, total, last)
