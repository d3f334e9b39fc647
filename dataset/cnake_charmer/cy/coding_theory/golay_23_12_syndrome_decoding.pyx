# cython: language_level=3
"""Binary Golay (23, 12) code: cyclic encoding and complete syndrome-table decoding — a cdef class codec.

A cdef class holds the 2048-entry coset-leader table as a uint32_t C array filled in
__cinit__ by enumerating weight-0..3 patterns with nested loops; remainders are
computed by shifting the generator under each set bit found with __builtin_clz, and
the decode loop is nogil with typed cdef methods.

Keywords: coding theory, Golay code, perfect code, cyclic code, syndrome decoding, coset leader
"""

import cython
from libc.stdint cimport uint32_t

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_clz(unsigned int x) nogil
    int __builtin_popcount(unsigned int x) nogil


cdef inline uint32_t remainder(uint32_t value) noexcept nogil:
    cdef int top
    while value >= 0x800:
        top = 31 - __builtin_clz(value)
        value ^= <uint32_t>0xC75 << (top - 11)
    return value


cdef class GolayCodec:
    cdef uint32_t leader[2048]
    cdef int filled

    cdef uint32_t lookup(self, uint32_t received) noexcept nogil:
        return self.leader[remainder(received)]

    cdef void store(self, uint32_t pattern) noexcept nogil:
        cdef uint32_t s = remainder(pattern)
        if self.leader[s] == 0xFFFFFFFFu:
            self.leader[s] = pattern
            self.filled += 1

    def __cinit__(self):
        cdef int i, a, b, c
        for i in range(2048):
            self.leader[i] = 0xFFFFFFFFu
        self.filled = 0
        self.store(0)
        for a in range(23):
            self.store(1u << a)
        for a in range(23):
            for b in range(a + 1, 23):
                self.store((1u << a) | (1u << b))
        for a in range(23):
            for b in range(a + 1, 23):
                for c in range(b + 1, 23):
                    self.store((1u << a) | (1u << b) | (1u << c))


@cython_benchmark(args=(30000, 5, 29))
@cython.boundscheck(False)
@cython.wraparound(False)
def golay_23_12_syndrome_decoding(long words, int max_errors, long long seed):
    """Return (syndromes in table, exactly corrected, miscorrected, corrected bit total, checksum)."""
    cdef GolayCodec codec = GolayCodec()
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long corrected = 0, miscorrected = 0, flipped_total = 0, w
    cdef long long checksum = 0
    cdef uint32_t message, codeword, received, lead, decoded
    cdef int e, n_err
    with nogil:
        for w in range(words):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            message = <uint32_t>((state >> 16) & 0xFFF)
            codeword = (message << 11) | remainder(message << 11)
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            received = codeword
            n_err = <int>((state >> 16) % <unsigned long long>(max_errors + 1))
            for e in range(n_err):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                received ^= 1u << <int>((state >> 16) % 23)
            lead = codec.lookup(received)
            decoded = (received ^ lead) >> 11
            flipped_total += __builtin_popcount(lead)
            if decoded == message:
                corrected += 1
            else:
                miscorrected += 1
            checksum = (checksum * 4099 + decoded) % 1000000007
    return codec.filled, corrected, miscorrected, flipped_total, checksum
