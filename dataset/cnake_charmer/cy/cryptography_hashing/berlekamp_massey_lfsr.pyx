# cython: language_level=3
"""Berlekamp-Massey over GF(2) on ``unsigned char`` bit arrays with ``memcpy``.

The register runs on a ``uint64_t`` with ``__builtin_parityll`` for the feedback; the
stream and the two connection polynomials are byte arrays, the discrepancy is an AND/XOR
loop and the polynomial backup is one ``memcpy``. The polynomial is returned as a
Python int built from its bits.

Keywords: berlekamp massey, lfsr, gf2, parity, memcpy, cryptography
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy, memset
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    int __builtin_parityll(unsigned long long x) nogil


cdef int _bm(const unsigned char *s, int n, unsigned char *c, unsigned char *b, unsigned char *t) noexcept nogil:
    cdef int i, j, length = 0, m = -1, shift
    cdef unsigned char d
    memset(c, 0, n + 1)
    memset(b, 0, n + 1)
    c[0] = 1
    b[0] = 1
    for i in range(n):
        d = s[i]
        for j in range(1, length + 1):
            d ^= c[j] & s[i - j]
        if d:
            memcpy(t, c, n + 1)
            shift = i - m
            for j in range(n + 1 - shift):
                c[shift + j] ^= b[j]
            if 2 * length <= i:
                length = i + 1 - length
                m = i
                memcpy(b, t, n + 1)
    return length


@cython_benchmark(args=(24, 288, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def berlekamp_massey_lfsr(int n_streams, int n_bits, int seed):
    """Return (linear complexity per stream, degree per stream, xor of connection polynomials)."""
    cdef unsigned char *bits = <unsigned char *> malloc(n_bits + 1)
    cdef unsigned char *c = <unsigned char *> malloc(n_bits + 2)
    cdef unsigned char *b = <unsigned char *> malloc(n_bits + 2)
    cdef unsigned char *t = <unsigned char *> malloc(n_bits + 2)
    cdef unsigned long long state = seed
    cdef uint64_t taps, reg, mask, feedback
    cdef int k, i, degree, length
    cdef list complexities = []
    cdef list degrees = []
    acc = 0
    try:
        for k in range(n_streams):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            degree = 4 + state % 28
            mask = ((<uint64_t> 1) << degree) - 1
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            taps = (state | ((<uint64_t> 1) << (degree - 1))) & mask
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            reg = (state & mask) | 1
            for i in range(n_bits):
                if k % 4 == 3:
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    bits[i] = (state >> 30) & 1
                    continue
                bits[i] = reg & 1
                feedback = __builtin_parityll(reg & taps)
                reg = (reg >> 1) | (feedback << (degree - 1))
            length = _bm(bits, n_bits, c, b, t)
            poly = 0
            for i in range(length, -1, -1):
                poly = (poly << 1) | c[i]
            complexities.append(length)
            degrees.append(degree)
            acc ^= poly
        return (complexities, degrees, acc)
    finally:
        free(bits)
        free(c)
        free(b)
        free(t)
