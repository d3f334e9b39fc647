# cython: language_level=3
"""Hill cipher with C int matrices and a precomputed modular-inverse table.

Matrices are ``int[4]`` arrays; the modular inverse of each residue mod 26 is looked up
in a 26-entry table built once, and encryption, decryption and the key-recovery search
are cdef loops over ``unsigned char`` letter buffers with non-negative C remainders.

Keywords: hill cipher, matrix inverse, modular arithmetic, lookup table, cryptography
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcmp

from cnake_charmer.benchmarks import cython_benchmark

cdef int INV26[26]
for _x in range(26):
    INV26[_x] = -1
    for _y in range(26):
        if _x * _y % 26 == 1:
            INV26[_x] = _y
            break


cdef inline int _mod(int v) noexcept nogil:
    v %= 26
    return v + 26 if v < 0 else v


cdef bint _inverse(const int *m, int *out) noexcept nogil:
    cdef int det = _mod(m[0] * m[3] - m[1] * m[2])
    cdef int inv = INV26[det]
    if inv < 0:
        return False
    out[0] = _mod(m[3] * inv)
    out[1] = _mod(-m[1] * inv)
    out[2] = _mod(-m[2] * inv)
    out[3] = _mod(m[0] * inv)
    return True


cdef void _apply(const int *m, const unsigned char *src, unsigned char *dst, int n) noexcept nogil:
    cdef int i, x, y
    for i in range(0, n, 2):
        x = src[i]
        y = src[i + 1]
        dst[i] = (m[0] * x + m[1] * y) % 26
        dst[i + 1] = (m[2] * x + m[3] * y) % 26


@cython_benchmark(args=(120000, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
def hill_cipher_known_plaintext(int n, int seed):
    """Return (key, first 20 cipher letters, decryption ok, recovered key, cipher checksum)."""
    cdef int total = n + n % 2
    cdef unsigned char *plain = <unsigned char *> malloc(total + 2)
    cdef unsigned char *cipher = <unsigned char *> malloc(total + 2)
    cdef unsigned char *back = <unsigned char *> malloc(total + 2)
    cdef int key[4]
    cdef int inv[4]
    cdef int p[4]
    cdef int pinv[4]
    cdef int c[4]
    cdef unsigned long long state = seed
    cdef int i
    cdef long long checksum = 0
    cdef bint ok
    recovered = None
    try:
        while True:
            for i in range(4):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                key[i] = (state >> 9) % 26
            if _inverse(key, inv):
                break
        for i in range(total):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            plain[i] = (state >> 7) % 26 if (state >> 20) % 5 else 4
        _apply(key, plain, cipher, total)
        _apply(inv, cipher, back, total)
        ok = memcmp(back, plain, total) == 0
        for i in range(0, total - 3, 2):
            p[0] = plain[i]
            p[1] = plain[i + 2]
            p[2] = plain[i + 1]
            p[3] = plain[i + 3]
            if _inverse(p, pinv):
                c[0] = cipher[i]
                c[1] = cipher[i + 2]
                c[2] = cipher[i + 1]
                c[3] = cipher[i + 3]
                recovered = [(c[0] * pinv[0] + c[1] * pinv[2]) % 26, (c[0] * pinv[1] + c[1] * pinv[3]) % 26,
                             (c[2] * pinv[0] + c[3] * pinv[2]) % 26, (c[2] * pinv[1] + c[3] * pinv[3]) % 26]
                break
        for i in range(total):
            checksum = (checksum * 29 + cipher[i]) % 1000000007
        return ([key[i] for i in range(4)], "".join([chr(65 + cipher[i]) for i in range(min(total, 20))]),
                ok, recovered, checksum)
    finally:
        free(plain)
        free(cipher)
        free(back)
