# cython: language_level=3
"""Elias gamma with a 64-bit accumulator bit writer and ``__builtin_clz``.

Bits are appended MSB-first into a ``uint64_t`` accumulator that is flushed to a
``uint8_t`` buffer a byte at a time; the bit length of each value comes from the
count-leading-zeros builtin. The decoder reads bits back with shifts and masks.

Keywords: elias gamma, bit writer, clz, unsigned integers, compression
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.stdint cimport uint64_t, uint8_t, uint32_t

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    int __builtin_clz(unsigned int x) nogil


cdef inline int _bit(const uint8_t *buf, long long i) noexcept nogil:
    return (buf[i >> 3] >> (7 - (i & 7))) & 1


@cython_benchmark(args=(60000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def elias_gamma_bitstream(int n, int seed):
    """Return (bit length, checksum of packed bytes, first 8 bytes, round trip ok)."""
    cdef uint32_t *values = <uint32_t *> malloc((n + 1) * sizeof(uint32_t))
    cdef uint8_t *buf = <uint8_t *> calloc(8 * n + 16, 1)
    cdef unsigned long long state = seed
    cdef uint64_t acc = 0
    cdef int acc_bits = 0, i, x, nbits, zeros, k, got = 0
    cdef long long total_bits = 0, nbytes = 0, pos
    cdef uint32_t v
    cdef long long checksum = 0
    cdef bint ok = True
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            x = 1
            while (state >> x) & 1 and x < 20:
                x += 1
            values[i] = x + (state >> 24) % (x * x)
        for i in range(n):
            v = values[i]
            nbits = 32 - __builtin_clz(v)
            # nbits - 1 zeros, then v in nbits bits: 2 * nbits - 1 bits in total
            acc = (acc << (2 * nbits - 1)) | v
            acc_bits += 2 * nbits - 1
            total_bits += 2 * nbits - 1
            while acc_bits >= 8:
                buf[nbytes] = (acc >> (acc_bits - 8)) & 0xFF
                nbytes += 1
                acc_bits -= 8
        if acc_bits:
            buf[nbytes] = (acc << (8 - acc_bits)) & 0xFF
            nbytes += 1
        pos = 0
        while pos < total_bits and got < n:
            zeros = 0
            while _bit(buf, pos) == 0:
                zeros += 1
                pos += 1
            v = 0
            for k in range(zeros + 1):
                v = (v << 1) | _bit(buf, pos)
                pos += 1
            if v != values[got]:
                ok = False
            got += 1
        ok = ok and got == n
        for i in range(nbytes):
            checksum = (checksum * 257 + buf[i]) % 1000000007
        return (total_bits, checksum, [buf[i] for i in range(nbytes if nbytes < 8 else 8)], ok)
    finally:
        free(values)
        free(buf)
