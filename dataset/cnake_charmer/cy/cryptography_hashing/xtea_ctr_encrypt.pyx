# cython: language_level=3
"""XTEA-CTR on ``uint32_t`` words with a nogil block function.

The round function works on ``uint32_t`` halves whose additions wrap natively; the CTR
loop writes keystream bytes big-endian and XORs them into a C output buffer, and the
decryption check runs the same loop again and compares with ``memcmp``.

Keywords: xtea, block cipher, ctr mode, unsigned integers, nogil, cryptography
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcmp
from libc.stdint cimport uint8_t, uint32_t

from cnake_charmer.benchmarks import cython_benchmark


cdef inline void _encipher(uint32_t *v0, uint32_t *v1, const uint32_t *key) noexcept nogil:
    cdef uint32_t a = v0[0], b = v1[0], s = 0
    cdef int i
    for i in range(32):
        a += (((b << 4) ^ (b >> 5)) + b) ^ (s + key[s & 3])
        s += 0x9E3779B9u
        b += (((a << 4) ^ (a >> 5)) + a) ^ (s + key[(s >> 11) & 3])
    v0[0] = a
    v1[0] = b


cdef void _ctr(const uint8_t *src, uint8_t *dst, int n, const uint32_t *key, uint32_t nonce) noexcept nogil:
    cdef int block, j
    cdef uint32_t k0, k1
    cdef uint8_t stream[8]
    for block in range(0, n, 8):
        k0 = nonce
        k1 = <uint32_t> (block // 8)
        _encipher(&k0, &k1, key)
        for j in range(4):
            stream[j] = (k0 >> (24 - 8 * j)) & 0xFF
            stream[4 + j] = (k1 >> (24 - 8 * j)) & 0xFF
        for j in range(8):
            if block + j < n:
                dst[block + j] = src[block + j] ^ stream[j]


@cython_benchmark(args=(20000, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
def xtea_ctr_encrypt(int n, int seed):
    """Return (ciphertext checksum, first 12 ciphertext bytes, decryption ok)."""
    cdef uint32_t key[4]
    cdef uint8_t *plain = <uint8_t *> malloc(n + 8)
    cdef uint8_t *cipher = <uint8_t *> malloc(n + 8)
    cdef uint8_t *back = <uint8_t *> malloc(n + 8)
    cdef unsigned long long state = seed
    cdef int i
    cdef long long checksum = 0
    cdef uint32_t nonce
    try:
        for i in range(4):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            key[i] = <uint32_t> (state * 2654435761ULL)
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            plain[i] = 32 + (state >> 10) % 95
        nonce = <uint32_t> state
        with nogil:
            _ctr(plain, cipher, n, key, nonce)
            _ctr(cipher, back, n, key, nonce)
        for i in range(n):
            checksum = (checksum * 257 + cipher[i]) % 1000000007
        return (checksum, [cipher[i] for i in range(n if n < 12 else 12)], memcmp(back, plain, n) == 0)
    finally:
        free(plain)
        free(cipher)
        free(back)
