# cython: language_level=3
"""Power-of-two rounding with bit smearing and mask alignment on uint32_t.

The next power of two uses the classic smear (v - 1, then OR in right shifts by 1, 2,
4, 8, 16, plus one); floor(log2) comes from count-leading-zeros, the power-of-two test
is v & (v - 1) == 0, and alignment to 2**k is (v + a - 1) & ~(a - 1) - no division.

Keywords: power of two, log2, bit_length, alignment, rounding
"""

import cython
from libc.stdint cimport uint32_t, uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_clz(unsigned int x) nogil


cdef inline uint64_t next_pow2(uint32_t v) noexcept nogil:
    cdef uint64_t x = <uint64_t>v - 1
    x |= x >> 1
    x |= x >> 2
    x |= x >> 4
    x |= x >> 8
    x |= x >> 16
    return x + 1


@cython_benchmark(args=(200000, 6, 8))
def power_of_two_rounding_tricks(long n, int align_bits, long long seed):
    """Return (sum next pow2, sum prev pow2, sum floor log2, powers of two seen, sum aligned, first 4 records); 0 <= align_bits <= 20."""
    if not 0 <= align_bits <= 20:
        raise ValueError("align_bits must be in 0..20")
    cdef uint64_t align = (<uint64_t>1) << align_bits
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef uint32_t v
    cdef int floor_log
    cdef uint64_t next_pow, prev_pow, aligned
    cdef uint64_t next_sum = 0, prev_sum = 0, aligned_sum = 0
    cdef long log_sum = 0, pow_count = 0, i
    cdef list first = []
    for i in range(n):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        v = 1 + <uint32_t>(state >> (i % 24))
        floor_log = 31 - __builtin_clz(v)
        prev_pow = (<uint64_t>1) << floor_log
        next_pow = next_pow2(v)
        aligned = (<uint64_t>v + align - 1) & ~(align - 1)
        next_sum += next_pow
        prev_sum += prev_pow
        log_sum += floor_log
        if (v & (v - 1)) == 0:
            pow_count += 1
        aligned_sum += aligned
        if i < 4:
            first.append((v, next_pow, floor_log, aligned))
    return next_sum, prev_sum, log_sum, pow_count, aligned_sum, first
