# cython: language_level=3
"""SECDED extended Hamming (72, 64) code protecting 64-bit memory words — bit-parallel check masks.

Each of the seven Hamming check bits is the parity of the data word ANDed with a
precomputed uint64_t mask, evaluated with __builtin_popcountll; flips are applied to
the packed data word or an 8-bit check byte, so encoding and syndrome computation
are a handful of machine instructions per word.

Keywords: coding theory, SECDED, extended Hamming code, ECC memory, syndrome, single error correction
"""

import cython
from libc.stdint cimport uint64_t, uint8_t

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_popcountll(unsigned long long x) nogil


cdef uint64_t MASKS[7]
cdef int DATA_OF_POS[72]
cdef int _pos, _i = 0, _j
for _j in range(7):
    MASKS[_j] = 0
for _pos in range(72):
    DATA_OF_POS[_pos] = -1
for _pos in range(1, 72):
    if _pos & (_pos - 1):
        DATA_OF_POS[_pos] = _i
        for _j in range(7):
            if (_pos >> _j) & 1:
                MASKS[_j] |= (<uint64_t>1) << _i
        _i += 1


cdef inline unsigned int hamming_checks(uint64_t data) noexcept nogil:
    cdef unsigned int checks = 0
    cdef int j
    for j in range(7):
        checks |= <unsigned int>(__builtin_popcountll(data & MASKS[j]) & 1) << j
    return checks


@cython_benchmark(args=(3000, 3, 21))
@cython.boundscheck(False)
@cython.wraparound(False)
def secded_72_64_extended_hamming(long words, int max_errors, unsigned long long seed):
    """Return ([clean, corrected, detected], wrong words not flagged as detected, checksum of data)."""
    cdef unsigned long long state = seed
    cdef long clean = 0, corrected = 0, detected = 0, miscorrected = 0, w
    cdef long long checksum = 0
    cdef uint64_t data, rdata
    cdef unsigned int checks, overall, syndrome, stored
    cdef int n_errors, e, pos, status, d
    with nogil:
        for w in range(words):
            state = state * 6364136223846793005ULL + 1442695040888963407ULL
            data = (state >> 32) << 32
            state = state * 6364136223846793005ULL + 1442695040888963407ULL
            data |= state >> 32
            checks = hamming_checks(data)
            # overall parity lives in bit 7 of the check byte
            overall = (__builtin_popcountll(data) + __builtin_popcountll(checks)) & 1
            stored = checks | (overall << 7)
            rdata = data
            state = state * 6364136223846793005ULL + 1442695040888963407ULL
            n_errors = <int>((state >> 33) % <unsigned long long>(max_errors + 1))
            for e in range(n_errors):
                state = state * 6364136223846793005ULL + 1442695040888963407ULL
                pos = <int>((state >> 33) % 72)
                if pos == 0:
                    stored ^= 0x80
                elif DATA_OF_POS[pos] < 0:
                    stored ^= 1u << (__builtin_popcountll(<unsigned long long>(pos - 1)))
                else:
                    rdata ^= (<uint64_t>1) << DATA_OF_POS[pos]
            syndrome = hamming_checks(rdata) ^ (stored & 0x7F)
            overall = (__builtin_popcountll(rdata) + __builtin_popcountll(stored)) & 1
            if overall:
                if syndrome < 72:
                    d = DATA_OF_POS[syndrome]
                    if d >= 0:
                        rdata ^= (<uint64_t>1) << d
                    status = 1
                else:
                    status = 2
            elif syndrome:
                status = 2
            else:
                status = 0
            if status == 0:
                clean += 1
            elif status == 1:
                corrected += 1
            else:
                detected += 1
            if status != 2 and rdata != data:
                miscorrected += 1
            checksum = (checksum * 1000003 + <long long>(rdata % 1000000007ULL)) % 1000000007
    return [clean, corrected, detected], miscorrected, checksum
