# cython: language_level=3
"""Packed 12-bit sample decoding with arithmetic-shift sign extension.

The byte stream is a malloc'd uint8_t buffer; each 24-bit group is assembled into a
uint32_t and each field is sign-extended branch-free by shifting it to the top of an
int32_t and arithmetic-shifting back ((int32_t)(f << 20) >> 20). Statistics are folded
in while decoding, and the re-encoding is compared with memcmp.

Keywords: bit fields, sign extension, two's complement, packing, binary formats
"""

import cython
from libc.stdint cimport uint8_t, uint32_t, int32_t, int64_t
from libc.stdlib cimport malloc, free
from libc.string cimport memcmp

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int32_t sign12(uint32_t field) noexcept nogil:
    return (<int32_t>(field << 20)) >> 20


@cython_benchmark(args=(100000, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
def packed_signed_bitfield_decode(Py_ssize_t n_pairs, long long seed):
    """Return (samples, sum, min, max, negatives, round trip ok, first 6 samples)."""
    cdef Py_ssize_t pairs = n_pairs if n_pairs > 0 else 0
    cdef Py_ssize_t nbytes = 3 * pairs, i, k
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef uint32_t word, back
    cdef int32_t a, b, lo = 0, hi = 0
    cdef int64_t total = 0
    cdef long negatives = 0
    cdef list first = []
    if pairs == 0:
        return 0, 0, 0, 0, 0, True, []
    cdef uint8_t *data = <uint8_t *>malloc(nbytes)
    cdef uint8_t *enc = <uint8_t *>malloc(nbytes)
    if data == NULL or enc == NULL:
        free(data)
        free(enc)
        raise MemoryError()
    try:
        for i in range(nbytes):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            data[i] = <uint8_t>((state >> 16) & 0xFF)
        lo = 2047
        hi = -2048
        with nogil:
            for k in range(pairs):
                i = 3 * k
                word = data[i] | (<uint32_t>data[i + 1] << 8) | (<uint32_t>data[i + 2] << 16)
                a = sign12(word & 0xFFF)
                b = sign12(word >> 12)
                total += a + b
                if a < lo:
                    lo = a
                if b < lo:
                    lo = b
                if a > hi:
                    hi = a
                if b > hi:
                    hi = b
                negatives += (a < 0) + (b < 0)
                back = (<uint32_t>a & 0xFFF) | ((<uint32_t>b & 0xFFF) << 12)
                enc[i] = back & 0xFF
                enc[i + 1] = (back >> 8) & 0xFF
                enc[i + 2] = back >> 16
        for k in range(min(3, pairs)):
            word = data[3 * k] | (<uint32_t>data[3 * k + 1] << 8) | (<uint32_t>data[3 * k + 2] << 16)
            first.append(sign12(word & 0xFFF))
            first.append(sign12(word >> 12))
        ok = memcmp(data, enc, nbytes) == 0
        return 2 * pairs, total, lo, hi, negatives, ok, first
    finally:
        free(data)
        free(enc)
