# cython: language_level=3
"""Bit reversal with the swap-halves trick on uint32_t.

Instead of formatting each index as a string and reversing it, the full 32-bit
reversal swaps adjacent bits, pairs, nibbles, bytes and half-words (five mask-and-
shift steps) and then shifts right by 32 - bits; the data is a malloc'd uint16_t
array permuted in place.

Keywords: bit reversal, FFT, permutation, in-place swap, binary palindromes
"""

import cython
from libc.stdint cimport uint16_t, uint32_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline uint32_t reverse32(uint32_t v) noexcept nogil:
    v = ((v >> 1) & 0x55555555u) | ((v & 0x55555555u) << 1)
    v = ((v >> 2) & 0x33333333u) | ((v & 0x33333333u) << 2)
    v = ((v >> 4) & 0x0F0F0F0Fu) | ((v & 0x0F0F0F0Fu) << 4)
    v = ((v >> 8) & 0x00FF00FFu) | ((v & 0x00FF00FFu) << 8)
    return (v >> 16) | (v << 16)


@cython_benchmark(args=(17, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def bit_reversal_permutation(int bits, long long seed):
    """Return (swaps, fixed points, 8 samples) after bit-reversing 2**bits values; 0 <= bits <= 24."""
    if not 0 <= bits <= 24:
        raise ValueError("bits must be in 0..24")
    cdef uint32_t n = (<uint32_t>1) << bits
    cdef uint32_t i, r
    cdef long swaps = 0, fixed = 0
    cdef uint16_t tmp
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef uint16_t *data = <uint16_t *>malloc(n * sizeof(uint16_t))
    if data == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            data[i] = <uint16_t>(state % 10007)
        with nogil:
            for i in range(n):
                r = reverse32(i) >> (32 - bits) if bits else 0
                if r == i:
                    fixed += 1
                elif i < r:
                    tmp = data[i]
                    data[i] = data[r]
                    data[r] = tmp
                    swaps += 1
        step = max(1, n // 8)
        return swaps, fixed, [data[i] for i in range(0, n, step)]
    finally:
        free(data)
