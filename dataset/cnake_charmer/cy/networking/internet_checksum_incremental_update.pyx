# cython: language_level=3
"""Internet checksums (RFC 1071) kept current by RFC 1624 updates — over a C byte buffer.

Each packet is generated straight into one reusable ``uint8_t`` buffer on the stack;
the one's-complement sum reads big-endian words with shifts into a ``uint32_t``
accumulator in a ``nogil`` inline function, and the incremental patch is pure
``uint16_t`` arithmetic, so no bytes objects are created per packet or per rewrite.

Keywords: networking, internet checksum, rfc 1071, rfc 1624, ones complement, incremental update, ipv4
"""

import cython
from libc.stdint cimport uint8_t, uint16_t, uint32_t, uint64_t

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    CHECKSUM_AT = 10
    MAX_PACKET = 1504


cdef inline uint32_t fold(uint32_t value) noexcept nogil:
    while value >> 16:
        value = (value & 0xFFFF) + (value >> 16)
    return value


cdef inline uint32_t ones_sum(const uint8_t *data, int n) noexcept nogil:
    cdef uint32_t total = 0
    cdef int i
    for i in range(0, n - 1, 2):
        total += (<uint32_t>data[i] << 8) | data[i + 1]
    if n & 1:
        total += <uint32_t>data[n - 1] << 8
    return fold(total)


cdef inline uint64_t draw(uint64_t *state, uint64_t k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return (state[0] >> 33) % k


@cython_benchmark(args=(1200, 60, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def internet_checksum_incremental_update(int packets, int rewrites, long long seed):
    """Return (verified, agreeing, total bytes, xor of checksums, sum of checksums, first checksums)."""
    cdef uint8_t packet[MAX_PACKET]
    cdef uint64_t state = <uint64_t>seed
    cdef long long verified = 0, agreeing = 0, total_bytes = 0, sum_all = 0
    cdef uint32_t xor_all = 0, word
    cdef uint16_t checksum, old, new, saved
    cdef int p, r, i, length, offset
    cdef list first = []
    for p in range(packets):
        with nogil:
            length = 20 + <int>draw(&state, 1481)
            for i in range(0, length, 4):
                word = <uint32_t>draw(&state, 1U << 31)
                packet[i] = word >> 24
                packet[i + 1] = (word >> 16) & 0xFF
                packet[i + 2] = (word >> 8) & 0xFF
                packet[i + 3] = word & 0xFF
            packet[CHECKSUM_AT] = 0
            packet[CHECKSUM_AT + 1] = 0
            checksum = <uint16_t>~ones_sum(packet, length)
            packet[CHECKSUM_AT] = checksum >> 8
            packet[CHECKSUM_AT + 1] = checksum & 0xFF
            for r in range(rewrites):
                offset = 2 * <int>draw(&state, length // 2)
                if offset == CHECKSUM_AT:
                    continue
                old = (packet[offset] << 8) | packet[offset + 1]
                new = <uint16_t>draw(&state, 65536)
                checksum = <uint16_t>~fold(<uint16_t>~checksum + <uint32_t><uint16_t>~old + new)
                packet[offset] = new >> 8
                packet[offset + 1] = new & 0xFF
                packet[CHECKSUM_AT] = checksum >> 8
                packet[CHECKSUM_AT + 1] = checksum & 0xFF
            if ones_sum(packet, length) == 0xFFFF:
                verified += 1
            packet[CHECKSUM_AT] = 0
            packet[CHECKSUM_AT + 1] = 0
            saved = <uint16_t>~ones_sum(packet, length)
            if saved == checksum:
                agreeing += 1
            total_bytes += length
            xor_all ^= checksum
            sum_all += checksum
        if p < 6:
            first.append(checksum)
    return (verified, agreeing, total_bytes, xor_all, sum_all, first)
