# cython: language_level=3
"""Frame-of-reference packing with a ``uint64_t`` bit accumulator.

Offsets are appended LSB-first to a 64-bit accumulator that spills whole bytes into a
``uint8_t`` block buffer, which yields exactly the little-endian layout of the Python
big-integer version; unpacking reads the same bits back with shifts and masks.

Keywords: frame of reference, bit packing, bit accumulator, unsigned integers, compression
"""

import cython
from libc.stdint cimport uint8_t, uint32_t, uint64_t
from libc.stdlib cimport malloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    int __builtin_clz(unsigned int x) nogil


@cython_benchmark(args=(120000, 4))
@cython.boundscheck(False)
@cython.wraparound(False)
def frame_of_reference_bitpack(int n, int seed):
    """Return (packed bytes incl. 5-byte block headers, width histogram 0..32, checksum, ok)."""
    cdef uint32_t *values = <uint32_t *> malloc((n + 1) * sizeof(uint32_t))
    cdef uint8_t packed[600]
    cdef int hist[33]
    cdef unsigned long long state = seed
    cdef uint32_t base = 1000, spread = 1, ref, hi, v, mask
    cdef uint64_t acc
    cdef int i, start, stop, width, bits, nb, nbytes, cnt
    cdef long long total = 0, bitpos
    cdef uint32_t checksum = 0
    cdef bint ok = True
    for i in range(33):
        hist[i] = 0
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if i % 128 == 0:
                base = (state >> 4) % 1000000
                spread = 1u << ((state >> 24) % 20)
            values[i] = base + (state >> 3) % spread
        for start in range(0, n, 128):
            stop = start + 128 if start + 128 < n else n
            cnt = stop - start
            ref = values[start]
            hi = values[start]
            for i in range(start, stop):
                if values[i] < ref:
                    ref = values[i]
                if values[i] > hi:
                    hi = values[i]
            width = 0 if hi == ref else 32 - __builtin_clz(hi - ref)
            hist[width] += 1
            nbytes = (cnt * width + 7) // 8
            memset(packed, 0, nbytes + 8)
            acc = 0
            bits = 0
            nb = 0
            for i in range(start, stop):
                acc |= (<uint64_t> (values[i] - ref)) << bits
                bits += width
                while bits >= 8:
                    packed[nb] = acc & 0xFF
                    nb += 1
                    acc >>= 8
                    bits -= 8
            if bits:
                packed[nb] = acc & 0xFF
            total += 5 + nbytes
            for i in range(nbytes):
                checksum = checksum * 131 + packed[i]
            mask = (1u << width) - 1 if width < 32 else 0xFFFFFFFFu
            for i in range(cnt):
                bitpos = <long long> i * width
                acc = 0
                for nb in range(5):
                    acc |= (<uint64_t> packed[(bitpos >> 3) + nb]) << (8 * nb)
                v = ref + ((acc >> (bitpos & 7)) & mask)
                if v != values[start + i]:
                    ok = False
        return (total, [hist[i] for i in range(33)], checksum, ok)
    finally:
        free(values)
