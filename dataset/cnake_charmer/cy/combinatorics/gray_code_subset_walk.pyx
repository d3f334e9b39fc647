# cython: language_level=3
"""Gray-code subset walk with a compiler bit-scan builtin and C accumulators.

The index of the bit to flip is the count of trailing zeros of the step counter,
taken from GCC's ``__builtin_ctzll`` through an extern block; masks are unsigned
64-bit integers and the weight/value totals are C ints, so each step is a handful
of machine instructions.

Keywords: combinatorics, gray code, subsets, exhaustive search, knapsack, enumeration
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_ctzll(unsigned long long x) nogil


@cython_benchmark(args=(19, 900, 41))
@cython.boundscheck(False)
@cython.wraparound(False)
def gray_code_subset_walk(int n, int capacity, long long seed):
    """Return (best value within capacity, feasible subsets, Gray mask of the first best subset)."""
    cdef int weights[62]
    cdef int values[62]
    cdef long long state = seed & 0x7FFFFFFF, feasible = 1
    cdef unsigned long long step, mask = 0, best_mask = 0, limit
    cdef int i, bit, weight = 0, value = 0, best = 0
    if n > 62:
        raise ValueError("too many items")
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        weights[i] = <int>(1 + (state >> 10) % 200)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values[i] = <int>(1 + (state >> 10) % 300)
    limit = 1ULL << n
    with nogil:
        step = 1
        while step < limit:
            bit = __builtin_ctzll(step)
            mask ^= 1ULL << bit
            if (mask >> bit) & 1:
                weight += weights[bit]
                value += values[bit]
            else:
                weight -= weights[bit]
                value -= values[bit]
            if weight <= capacity:
                feasible += 1
                if value > best:
                    best = value
                    best_mask = mask
            step += 1
    return (best, feasible, best_mask)
