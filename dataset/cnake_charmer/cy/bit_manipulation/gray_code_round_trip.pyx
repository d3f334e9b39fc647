# cython: language_level=3
"""Gray code round trip with logarithmic XOR-fold decoding on uint32_t.

Decoding uses the shift-doubling fold (g ^= g >> 1, >> 2, >> 4, >> 8, >> 16), five
operations instead of a loop over every bit; the flipped bit of each step is found
with the GCC count-trailing-zeros builtin via a small extern declaration.

Keywords: Gray code, reflected binary, XOR prefix, bit flips, encoding
"""

import cython
from libc.stdint cimport uint32_t

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_ctz(unsigned int x) nogil


cdef inline uint32_t gray_decode(uint32_t g) noexcept nogil:
    g ^= g >> 1
    g ^= g >> 2
    g ^= g >> 4
    g ^= g >> 8
    g ^= g >> 16
    return g


@cython_benchmark(args=(17,))
@cython.boundscheck(False)
@cython.wraparound(False)
def gray_code_round_trip(int bits):
    """Return (decode failures, one-bit steps, most flipped bit, code checksum); 0 <= bits <= 24."""
    if not 0 <= bits <= 24:
        raise ValueError("bits must be in 0..24")
    cdef long flips[24]
    cdef uint32_t i, g, prev = 0, diff, total = (<uint32_t>1) << bits
    cdef long failures = 0, one_bit = 0
    cdef long long checksum = 0
    cdef int b, most = 0, nflips = bits if bits > 0 else 1
    for b in range(24):
        flips[b] = 0
    with nogil:
        for i in range(total):
            g = i ^ (i >> 1)
            if gray_decode(g) != i:
                failures += 1
            if i > 0:
                diff = prev ^ g
                if diff and (diff & (diff - 1)) == 0:
                    one_bit += 1
                    flips[__builtin_ctz(diff)] += 1
            prev = g
            checksum = (checksum * 3 + g) % 1000000007
    for b in range(1, nflips):
        if flips[b] > flips[most]:
            most = b
    return failures, one_bit, most, checksum
