# cython: language_level=3
"""Gosper's hack on uint32_t masks with set-bit iteration for the weights.

Masks are uint32_t and the next-combination step uses unsigned arithmetic; the
weight of a subset is accumulated by peeling off set bits with count-trailing-zeros
(k iterations) instead of testing all n positions, and the loop runs without the GIL.

Keywords: Gosper's hack, combinations, bit masks, subset enumeration, same popcount
"""

import cython
from libc.stdint cimport uint32_t, uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_ctz(unsigned int x) nogil


@cython_benchmark(args=(20, 8, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def gosper_hack_k_subsets(int n, int k, long long seed):
    """Return (subsets, subsets with weight % 7 == 0, best mask, best weight); 0 <= n <= 30."""
    if not 0 <= n <= 30:
        raise ValueError("n must be in 0..30")
    if k < 0 or k > n:
        return 0, 0, -1, -1
    cdef int weights[30]
    cdef int i
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef uint32_t mask = ((<uint32_t>1) << k) - 1, limit = (<uint32_t>1) << n, low, ripple, bits
    cdef long long count = 0, divisible = 0, best_mask = -1, best_weight = -1, total
    for i in range(n):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        weights[i] = 1 + <int>((state >> 10) % 997)
    with nogil:
        while mask < limit:
            total = 0
            bits = mask
            while bits:
                total += weights[__builtin_ctz(bits)]
                bits &= bits - 1
            count += 1
            if total % 7 == 0:
                divisible += 1
            if total > best_weight:
                best_weight = total
                best_mask = mask
            if mask == 0:
                break
            low = mask & (~mask + 1)
            ripple = mask + low
            mask = (((ripple ^ mask) >> 2) // low) | ripple
    return count, divisible, best_mask, best_weight
