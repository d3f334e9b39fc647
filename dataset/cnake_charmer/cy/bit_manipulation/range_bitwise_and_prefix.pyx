# cython: language_level=3
"""Range AND/OR via count-leading-zeros on the XOR of the endpoints.

The common prefix length is found in one step: the highest differing bit of m and n
is 63 - clz(m ^ n), so the AND is m with everything from that bit down cleared and the
OR is n with those bits set. The brute-force cross-check folds short ranges in C.

Keywords: bitwise AND, range query, common prefix, bit shifting, brute-force check
"""

import cython
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_clzll(unsigned long long x) nogil


@cython_benchmark(args=(60000, 16))
@cython.boundscheck(False)
def range_bitwise_and_prefix(long queries, long long seed):
    """Return (AND checksum, OR checksum, brute-force checks passed, first 5 (and, or) answers)."""
    cdef uint64_t state = <uint64_t>(seed & 0x7FFFFFFF)
    cdef uint64_t m, n, width, diff, mask, r_and, r_or, fa, fo, v
    cdef long q, passed = 0
    cdef long long and_sum = 0, or_sum = 0
    cdef list first = []
    for q in range(queries):
        state = state * 6364136223846793005ULL + 1442695040888963407ULL
        m = state >> 34
        width = (state >> (q % 30)) & (((<uint64_t>1) << (q % 24)) - 1)
        n = m + width
        diff = m ^ n
        if diff:
            mask = ((<uint64_t>1) << (64 - __builtin_clzll(diff))) - 1
        else:
            mask = 0
        r_and = m & ~mask
        r_or = n | mask
        if width < 64:
            fa = m
            fo = m
            v = m + 1
            while v <= n:
                fa &= v
                fo |= v
                v += 1
            if fa == r_and and fo == r_or:
                passed += 1
        and_sum = (and_sum * 1000003 + <long long>(r_and % 998244353)) % 998244353
        or_sum = (or_sum * 1000003 + <long long>(r_or % 998244353)) % 998244353
        if q < 5:
            first.append((r_and, r_or))
    return and_sum, or_sum, passed, first
