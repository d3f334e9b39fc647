# cython: language_level=3
"""Decode-ways counting over a byte digit buffer with two-digit codes as arithmetic.

Digits are generated into a malloc'd byte array, the two-digit test is integer
arithmetic on neighbouring bytes instead of slicing and ``int()``, and the counts are
``long long`` residues kept in a C array for the prefix samples.

Keywords: dynamic programming, decode ways, counting, strings, fibonacci-like recurrence
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(120000, 71))
@cython.boundscheck(False)
@cython.wraparound(False)
def decode_ways_digit_string(int n, long long seed):
    """Return (decodings mod 1e9+7, usable two-digit codes, counts at 8 evenly spaced prefixes)."""
    cdef long long MOD = 1000000007
    cdef unsigned char *digits = <unsigned char *>malloc(n + 1)
    cdef long long *ways = <long long *>malloc((n + 1) * sizeof(long long))
    cdef long long state = seed & 0x7FFFFFFF, x
    cdef Py_ssize_t i, step
    cdef int d, code, pairs = 0
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            d = <int>((state >> 12) % 10)
            if d == 0 and (i == 0 or (digits[i - 1] != 1 and digits[i - 1] != 2)):
                d = <int>(1 + (state >> 16) % 9)
            digits[i] = d
        with nogil:
            ways[0] = 1
            for i in range(1, n + 1):
                x = ways[i - 1] if digits[i - 1] != 0 else 0
                if i >= 2:
                    code = digits[i - 2] * 10 + digits[i - 1]
                    if 10 <= code <= 26:
                        x += ways[i - 2]
                        if x >= MOD:
                            x -= MOD
                        pairs += 1
                ways[i] = x
        step = max(1, n // 8)
        samples = [ways[i] for i in range(0, n + 1, step)][:8]
        result = (ways[n], pairs, samples)
    finally:
        free(digits); free(ways)
    return result
