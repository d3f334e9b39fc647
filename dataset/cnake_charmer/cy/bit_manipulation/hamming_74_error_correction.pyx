# cython: language_level=3
"""Hamming(7,4) with codewords packed in a uint8_t and table-driven encoding.

A 16-entry uint8_t table holds the codeword of every nibble; noise is XORed in as a
bit mask, the syndrome is three masked parities computed with the popcount builtin,
and correction flips one bit of the byte, so no Python lists are built per codeword.

Keywords: Hamming code, error correction, parity bits, syndrome, channel coding
"""

import cython
from libc.stdint cimport uint8_t

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_parity(unsigned int x) nogil


cdef uint8_t CODE[16]
cdef int _nib, _d0, _d1, _d2, _d3
for _nib in range(16):
    _d0 = _nib & 1
    _d1 = (_nib >> 1) & 1
    _d2 = (_nib >> 2) & 1
    _d3 = (_nib >> 3) & 1
    # bit i of the byte is codeword position i + 1
    CODE[_nib] = ((_d0 ^ _d1 ^ _d3) | ((_d0 ^ _d2 ^ _d3) << 1) | (_d0 << 2) |
                  ((_d1 ^ _d2 ^ _d3) << 3) | (_d1 << 4) | (_d2 << 5) | (_d3 << 6))


cdef inline int decode(uint8_t w) noexcept nogil:
    cdef int syndrome = __builtin_parity(w & 0x55) | (__builtin_parity(w & 0x66) << 1) | (__builtin_parity(w & 0x78) << 2)
    if syndrome:
        w ^= <uint8_t>(1 << (syndrome - 1))
    return ((w >> 2) & 1) | (((w >> 4) & 1) << 1) | (((w >> 5) & 1) << 2) | (((w >> 6) & 1) << 3)


@cython_benchmark(args=(40000, 6, 3))
@cython.boundscheck(False)
def hamming_74_error_correction(long n, int flip_per_thousand, long long seed):
    """Return ([codewords with 0, 1, 2+ flips], correctly decoded, checksum of decoded nibbles)."""
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long hits[3]
    cdef long k, correct = 0
    cdef long long checksum = 0
    cdef int nibble, flips, i, decoded
    cdef uint8_t word
    hits[0] = hits[1] = hits[2] = 0
    with nogil:
        for k in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            nibble = <int>((state >> 12) & 0xF)
            word = CODE[nibble]
            flips = 0
            for i in range(7):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                if <long long>((state >> 8) % 1000) < flip_per_thousand:
                    word ^= <uint8_t>(1 << i)
                    flips += 1
            hits[flips if flips < 2 else 2] += 1
            decoded = decode(word)
            if decoded == nibble:
                correct += 1
            checksum = (checksum * 17 + decoded) % 1000000007
    return [hits[0], hits[1], hits[2]], correct, checksum
