# cython: language_level=3
"""Intel HEX decoding with a nibble lookup table over a char buffer.

Records are formatted into one reusable line buffer from a hex-digit table and decoded
back by a 256-entry nibble table into an ``unsigned char`` array; the checksum and data
sum are accumulated with unsigned arithmetic in the same pass.

Keywords: intel hex, firmware, checksum, hexadecimal, lookup table, parsing
"""

import cython
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark

cdef signed char NIB[256]
memset(NIB, -1, 256)
for _i in range(10):
    NIB[48 + _i] = _i
for _i in range(6):
    NIB[65 + _i] = 10 + _i
    NIB[97 + _i] = 10 + _i
cdef const char *HEX = b"0123456789ABCDEF"


@cython_benchmark(args=(12000, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
def intel_hex_record_parse(int n_records, int seed):
    """Return (valid, invalid, sum of valid data bytes, end address, first 5 bad lines)."""
    cdef unsigned char rec[32]
    cdef unsigned char raw[32]
    cdef char line[80]
    cdef unsigned long long state = seed
    cdef unsigned int address = 0, s, addr
    cdef int r, i, count, nbytes, llen, valid = 0, invalid = 0, end = 0
    cdef long long total = 0, dsum
    cdef list bad = []
    for r in range(n_records):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        count = 1 + state % 16
        rec[0] = count
        rec[1] = (address >> 8) & 0xFF
        rec[2] = address & 0xFF
        rec[3] = 0
        s = rec[0] + rec[1] + rec[2]
        for i in range(count):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            rec[4 + i] = (state >> 8) & 0xFF
            s += rec[4 + i]
        rec[4 + count] = (-s) & 0xFF
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if state % 10 == 0:
            rec[4] ^= 1 << ((state >> 5) % 8)
        line[0] = b':'
        for i in range(count + 5):
            line[1 + 2 * i] = HEX[rec[i] >> 4]
            line[2 + 2 * i] = HEX[rec[i] & 15]
        llen = 1 + 2 * (count + 5)
        address = (address + count) & 0xFFFF
        # decode the text line back to bytes and validate
        nbytes = (llen - 1) // 2
        s = 0
        for i in range(nbytes):
            raw[i] = (NIB[<unsigned char> line[1 + 2 * i]] << 4) | NIB[<unsigned char> line[2 + 2 * i]]
            s += raw[i]
        addr = (raw[1] << 8) | raw[2]
        if (s & 0xFF) == 0 and nbytes == raw[0] + 5:
            valid += 1
            dsum = 0
            for i in range(raw[0]):
                dsum += raw[4 + i]
            total += dsum
            if <int> (addr + raw[0]) > end:
                end = addr + raw[0]
        else:
            invalid += 1
            if len(bad) < 5:
                bad.append(r)
    return (valid, invalid, total, end, bad)
