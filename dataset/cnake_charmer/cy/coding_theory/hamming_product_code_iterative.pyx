# cython: language_level=3
"""Product of two Hamming (15, 11) codes with iterative row/column decoding — rows as uint16_t bit masks, column syndromes bit-sliced.

Each row of the 15 x 15 array is one uint16_t; a row syndrome is four masked parities
(__builtin_parity), and the syndromes of all fifteen columns are computed at once as
four 15-bit XOR accumulations over rows (bit slicing), so a column pass touches 15 words
instead of 225 bits. Encoding uses the same slices to produce the parity rows.

Keywords: coding theory, product code, Hamming code, iterative decoding, turbo product code, syndrome, block code
"""

import cython
from libc.stdint cimport uint16_t

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_parity(unsigned int x) nogil


cdef uint16_t POSMASK[4]
cdef int DATA_POS[11]
cdef int _b, _c, _k = 0
for _b in range(4):
    POSMASK[_b] = 0
    for _c in range(15):
        if ((_c + 1) >> _b) & 1:
            POSMASK[_b] |= <uint16_t>(1 << _c)
for _c in range(1, 16):
    if _c & (_c - 1):
        DATA_POS[_k] = _c
        _k += 1


cdef inline int row_syndrome(uint16_t row) noexcept nogil:
    return (__builtin_parity(row & POSMASK[0]) | (__builtin_parity(row & POSMASK[1]) << 1) |
            (__builtin_parity(row & POSMASK[2]) << 2) | (__builtin_parity(row & POSMASK[3]) << 3))


cdef inline void column_slices(const uint16_t *rows, uint16_t *slices) noexcept nogil:
    cdef int b, r
    for b in range(4):
        slices[b] = 0
    for r in range(15):
        for b in range(4):
            if ((r + 1) >> b) & 1:
                slices[b] ^= rows[r]


cdef inline uint16_t encode_row(unsigned int chunk) noexcept nogil:
    cdef uint16_t word = 0
    cdef int i, s
    for i in range(11):
        if (chunk >> i) & 1:
            word |= <uint16_t>(1 << (DATA_POS[i] - 1))
    s = row_syndrome(word)
    for i in range(4):
        if (s >> i) & 1:
            word |= <uint16_t>(1 << ((1 << i) - 1))
    return word


@cython_benchmark(args=(900, 20, 8, 19))
@cython.boundscheck(False)
@cython.wraparound(False)
def hamming_product_code_iterative(long blocks, int flip_per_thousand, int max_passes, long long seed):
    """Return (clean blocks, residual-error blocks, channel flips, decoder flips, data errors, checksum)."""
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef uint16_t rows[15]
    cdef uint16_t slices[4]
    cdef unsigned int chunks[11]
    cdef long clean = 0, dirty = 0, channel_flips = 0, decoder_flips = 0, data_errors = 0, blk
    cdef long long checksum = 0
    cdef int i, r, c, b, s, half, changed, errors, bit
    with nogil:
        for blk in range(blocks):
            for i in range(11):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                chunks[i] = <unsigned int>((state >> 16) & 0x7FF)
            for r in range(15):
                rows[r] = 0
            for i in range(11):
                rows[DATA_POS[i] - 1] = encode_row(chunks[i])
            column_slices(rows, slices)
            for b in range(4):
                rows[(1 << b) - 1] = slices[b]
            for r in range(15):
                for c in range(15):
                    state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                    if <int>((state >> 16) % 1000) < flip_per_thousand:
                        rows[r] ^= <uint16_t>(1 << c)
                        channel_flips += 1
            for half in range(max_passes):
                changed = 0
                if half % 2 == 0:
                    for r in range(15):
                        s = row_syndrome(rows[r])
                        if s:
                            rows[r] ^= <uint16_t>(1 << (s - 1))
                            decoder_flips += 1
                            changed = 1
                else:
                    column_slices(rows, slices)
                    for c in range(15):
                        s = (((slices[0] >> c) & 1) | (((slices[1] >> c) & 1) << 1) |
                             (((slices[2] >> c) & 1) << 2) | (((slices[3] >> c) & 1) << 3))
                        if s:
                            rows[s - 1] ^= <uint16_t>(1 << c)
                            decoder_flips += 1
                            changed = 1
                if not changed and half > 0:
                    break
            errors = 0
            for r in range(11):
                for c in range(11):
                    bit = (rows[DATA_POS[r] - 1] >> (DATA_POS[c] - 1)) & 1
                    if bit != <int>((chunks[r] >> c) & 1):
                        errors += 1
                    checksum = (checksum * 2 + bit) % 1000000007
            data_errors += errors
            if errors:
                dirty += 1
            else:
                clean += 1
    return clean, dirty, channel_flips, decoder_flips, data_errors, checksum
