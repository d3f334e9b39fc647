# cython: language_level=3
"""Memoised Collatz chains with 64-bit trajectories and an int memo array.

Chain lengths are cached in a malloc'd int array; each trajectory runs in unsigned
64-bit integers with shift-and-test parity instead of Python division, inside a
nogil loop.

Keywords: number theory, collatz conjecture, 3x+1, memoization, integer sequences
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(100000,))
@cython.boundscheck(False)
@cython.wraparound(False)
def collatz_longest_chain(int n):
    """Return (start of longest chain, its length, total of all lengths, highest value reached)."""
    if n < 2:
        return (0, 0, 0, 0)
    cdef int *length = <int *>malloc(n * sizeof(int))
    cdef unsigned long long x, peak = 1
    cdef int k, steps, best_start = 1, best_len = 1
    cdef long long total = 1
    try:
        with nogil:
            length[0] = 0
            length[1] = 1
            for k in range(2, n):
                x = k
                steps = 0
                while x >= <unsigned long long>k:
                    if x & 1:
                        x = 3 * x + 1
                    else:
                        x >>= 1
                    steps += 1
                    if x > peak:
                        peak = x
                length[k] = steps + length[x]
                total += length[k]
                if length[k] > best_len:
                    best_len = length[k]
                    best_start = k
    finally:
        free(length)
    return (best_start, best_len, total, peak)
