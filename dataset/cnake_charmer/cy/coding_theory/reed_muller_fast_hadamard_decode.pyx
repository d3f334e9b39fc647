# cython: language_level=3
"""First-order Reed-Muller RM(1, m) decoding with the fast Hadamard transform — in-place C int butterflies.

Codewords are built with __builtin_parity on the mask a & x, the received word is held
in a stack int array that the butterfly stages transform in place, and the arg-max of
the spectrum is a typed scan, all inside nogil cdef functions.

Keywords: coding theory, Reed-Muller code, Hadamard transform, maximum likelihood, BSC, decoding
"""

import cython
from libc.stdlib cimport abs as c_abs

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_parity(unsigned int x) nogil


@cython.boundscheck(False)
@cython.wraparound(False)
cdef int fht_decode(int *vals, int n) noexcept nogil:
    cdef int h = 1, start, i, u, v, best = 0
    while h < n:
        start = 0
        while start < n:
            for i in range(start, start + h):
                u = vals[i]
                v = vals[i + h]
                vals[i] = u + v
                vals[i + h] = u - v
            start += 2 * h
        h *= 2
    for i in range(1, n):
        if c_abs(vals[i]) > c_abs(vals[best]):
            best = i
    return (best << 1) | (1 if vals[best] < 0 else 0)


@cython_benchmark(args=(3000, 6, 120, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
def reed_muller_fast_hadamard_decode(long blocks, int m, int flip_per_thousand, long long seed):
    """Return (blocks decoded correctly, wrong, channel bit flips, checksum of decoded messages)."""
    cdef int vals[1 << 12]
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long correct = 0, wrong = 0, flips = 0, b
    cdef long long checksum = 0
    cdef int n = 1 << m, message, a, a0, bit, x, decoded
    if m > 12:
        raise ValueError("m too large")
    with nogil:
        for b in range(blocks):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            message = <int>((state >> 8) % <unsigned long long>(1 << (m + 1)))
            a0 = message & 1
            a = message >> 1
            for x in range(n):
                bit = a0 ^ __builtin_parity(<unsigned int>(a & x))
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                if <int>((state >> 16) % 1000) < flip_per_thousand:
                    bit ^= 1
                    flips += 1
                vals[x] = 1 - 2 * bit
            decoded = fht_decode(vals, n)
            if decoded == message:
                correct += 1
            else:
                wrong += 1
            checksum = (checksum * 131 + decoded) % 1000000007
    return correct, wrong, flips, checksum
