# cython: language_level=3
"""Zero-byte scanning eight bytes at a time with the SWAR haszero trick.

The buffer is read as uint64_t words (memcpy'd to stay alignment-safe); the
expression (v - 0x0101..01) & ~v & 0x8080..80 is non-zero exactly when some byte of v
is zero, and its lowest set bit, via count-trailing-zeros, gives the first zero's
position. Words without zeros are skipped in one test.

Keywords: zero byte, strlen, SWAR, byte scanning, records
"""

import cython
from libc.stdint cimport uint64_t, uint8_t
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy, memset

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_ctzll(unsigned long long x) nogil


cdef uint64_t LOW_ONES = 0x0101010101010101ULL
cdef uint64_t HIGH_BITS = 0x8080808080808080ULL


@cython_benchmark(args=(800000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def swar_zero_byte_scan(Py_ssize_t size, long long seed):
    """Return (records ended by a zero, longest record, length histogram (8 buckets of 16), first 6 zero offsets)."""
    cdef Py_ssize_t n = size if size > 0 else 0
    cdef Py_ssize_t padded = (n + 7) & ~(<Py_ssize_t>7)
    cdef Py_ssize_t i, w, z, prev = -1, length, records = 0, longest = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef uint64_t v, hit
    cdef uint8_t b
    cdef long hist[8]
    cdef list first = []
    cdef uint8_t *buf = <uint8_t *>malloc(padded + 8)
    if buf == NULL:
        raise MemoryError()
    try:
        memset(hist, 0, sizeof(hist))
        for i in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            b = <uint8_t>((state >> 16) & 0xFF)
            buf[i] = 0 if b < 5 else b
        # pad with non-zero bytes so the tail word reports no false zeros
        memset(buf + n, 0xFF, padded - n + 8)
        for w in range(0, padded, 8):
            memcpy(&v, buf + w, 8)
            hit = (v - LOW_ONES) & ~v & HIGH_BITS
            while hit:
                z = w + (__builtin_ctzll(hit) >> 3)
                hit &= hit - 1
                length = z - prev - 1
                records += 1
                if length > longest:
                    longest = length
                hist[length // 16 if length < 112 else 7] += 1
                if len(first) < 6:
                    first.append(z)
                prev = z
        return records, longest, [hist[i] for i in range(8)], first
    finally:
        free(buf)
