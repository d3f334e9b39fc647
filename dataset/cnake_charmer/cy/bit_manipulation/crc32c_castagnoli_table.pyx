# cython: language_level=3
"""CRC-32C with a static uint32_t table over unsigned char buffers.

The lookup table is a module-level C array of uint32_t filled once; messages are
generated into a reusable malloc'd unsigned char buffer and checksummed by an inline
nogil function on a const pointer, so each byte costs one load, XOR and shift.

Keywords: CRC-32C, Castagnoli, checksum, lookup table, reflected polynomial
"""

import cython
from libc.stdint cimport uint32_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef uint32_t CRC_TABLE[256]


cdef void build_table() noexcept nogil:
    cdef uint32_t crc
    cdef int byte, k
    for byte in range(256):
        crc = <uint32_t>byte
        for k in range(8):
            if crc & 1:
                crc = (crc >> 1) ^ 0x82F63B78u
            else:
                crc >>= 1
        CRC_TABLE[byte] = crc


build_table()


cdef inline uint32_t crc32c(const unsigned char *data, Py_ssize_t n) noexcept nogil:
    cdef uint32_t crc = 0xFFFFFFFFu
    cdef Py_ssize_t i
    for i in range(n):
        crc = CRC_TABLE[(crc ^ data[i]) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFFu


@cython_benchmark(args=(500, 1000, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
def crc32c_castagnoli_table(long messages, Py_ssize_t length, long long seed):
    """Return (check value ok, CRCs of the first 4 messages, XOR of all CRCs)."""
    cdef const unsigned char *check = b"123456789"
    cdef bint check_ok = crc32c(check, 9) == 0xE3069283u
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef Py_ssize_t n = length if length > 0 else 0, i
    cdef long m
    cdef uint32_t c, folded = 0
    cdef list crcs = []
    cdef unsigned char *buf = <unsigned char *>malloc(n + 1)
    if buf == NULL:
        raise MemoryError()
    try:
        for m in range(messages):
            for i in range(n):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                buf[i] = <unsigned char>((state >> 16) & 0xFF)
            c = crc32c(buf, n)
            folded ^= c
            if m < 4:
                crcs.append(c)
        return check_ok, crcs, folded
    finally:
        free(buf)
