# cython: language_level=3
"""Galois LFSR stepping with a branch-free feedback mask on uint32_t.

The conditional XOR becomes state ^= (-(out)) & taps, i.e. the output bit is turned
into an all-ones or all-zeros mask, so the inner loop has no data-dependent branch;
each register runs in a nogil cdef function on unsigned 32-bit words.

Keywords: LFSR, Galois, shift register, period, pseudo-random bits
"""

import cython
from libc.stdint cimport uint32_t, uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef uint64_t run_register(uint32_t taps, uint64_t cap, uint64_t *ones) noexcept nogil:
    cdef uint32_t state = 1, out
    cdef uint64_t period = 0, count = 0
    while True:
        out = state & 1u
        state = (state >> 1) ^ ((0u - out) & taps)
        count += out
        period += 1
        if state == 1u or period > cap:
            break
    ones[0] = count
    return period


@cython_benchmark(args=(20, 8))
def galois_lfsr_period(int width, int masks):
    """Return [(tap mask, period or -1 if over the cap, ones output)] for generated tap masks; 1 <= width <= 24."""
    if not 1 <= width <= 24:
        raise ValueError("width must be in 1..24")
    cdef uint32_t top = (<uint32_t>1) << (width - 1)
    cdef uint64_t cap = (<uint64_t>1) << width
    cdef uint64_t period, ones
    cdef uint32_t taps
    cdef int m
    cdef list results = []
    for m in range(masks):
        if width > 1:
            taps = top | <uint32_t>(((<uint64_t>0x9E3779B9) * (m + 1)) >> 7) & (top - 1) | 1u
        else:
            taps = 1
        with nogil:
            period = run_register(taps, cap, &ones)
        results.append((taps, <long long>period if period <= cap else -1, ones))
    return results
