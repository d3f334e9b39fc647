# cython: language_level=3
"""RC4 on an ``unsigned char[256]`` state with implicit modulo-256 indices.

The permutation, the two indices and the key are ``unsigned char`` values, so the
``& 0xFF`` reductions become free byte arithmetic; key scheduling and generation are
tight C loops and the XOR with the plaintext is done in the same pass.

Keywords: rc4, stream cipher, unsigned char, byte arithmetic, cryptography
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(1200, 64, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def rc4_keystream_xor(int n_keys, int length, int seed):
    """Return (keys whose 2nd byte is 0, checksum of all ciphertexts, first 8 bytes of cipher 0)."""
    cdef unsigned char s[256]
    cdef unsigned char key[16]
    cdef unsigned char i8, j8, t, ks, c
    cdef unsigned long long state = seed
    cdef unsigned int checksum = 0
    cdef int k, i, zero_second = 0
    cdef list first = []
    for k in range(n_keys):
        for i in range(16):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            key[i] = (state >> 7) & 0xFF
        for i in range(256):
            s[i] = i
        j8 = 0
        for i in range(256):
            j8 = j8 + s[i] + key[i % 16]
            t = s[i]
            s[i] = s[j8]
            s[j8] = t
        i8 = 0
        j8 = 0
        for i in range(length):
            i8 += 1
            j8 += s[i8]
            t = s[i8]
            s[i8] = s[j8]
            s[j8] = t
            ks = s[<unsigned char> (s[i8] + s[j8])]
            if i == 1 and ks == 0:
                zero_second += 1
            c = (65 + (k + i) % 26) ^ ks
            checksum = checksum * 131 + c
            if k == 0 and i < 8:
                first.append(c)
    return (zero_second, checksum, first)
