# cython: language_level=3
"""Greedy reversal sorting with a position index — O(1) block lookup and in-place C reversals.

The signed permutation lives in a malloc'd ``int`` array together with its inverse
(``where[|b|]`` is the index of block b), so finding block k costs one load instead of
a scan; a reversal swaps and negates elements from both ends in place while updating
the inverse. Reversals are recorded in a C array and only the reported ones become
Python tuples.

Keywords: bioinformatics, genome rearrangement, signed permutation, reversal distance, breakpoints, greedy
"""

import cython
from libc.stdlib cimport malloc, free, abs as c_abs

from cnake_charmer.benchmarks import cython_benchmark


cdef void _reverse(int *blocks, int *where, int i, int j) noexcept nogil:
    cdef int left
    while i < j:
        left = blocks[i]
        blocks[i] = -blocks[j]
        blocks[j] = -left
        where[c_abs(blocks[i])] = i
        where[c_abs(blocks[j])] = j
        i += 1
        j -= 1
    if i == j:
        blocks[i] = -blocks[i]


@cython_benchmark(args=(3600, 29))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def greedy_reversal_sorting(int n, long long seed):
    """Return (reversals, initial breakpoints, first 6 reversals, last 6 reversals, checksum)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int *blocks = <int *>malloc((n + 1) * sizeof(int))
    cdef int *where = <int *>malloc((n + 2) * sizeof(int))
    cdef int *rev_i = <int *>malloc((2 * n + 1) * sizeof(int))
    cdef int *rev_j = <int *>malloc((2 * n + 1) * sizeof(int))
    cdef int i, j, k, tmp, left, right, breakpoints = 0, count = 0, lo
    cdef long long checksum = 0
    try:
        if blocks == NULL or where == NULL or rev_i == NULL or rev_j == NULL:
            raise MemoryError()
        for i in range(n):
            blocks[i] = i + 1
        for i in range(n - 1, 0, -1):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            j = (state >> 16) % (i + 1)
            tmp = blocks[i]
            blocks[i] = blocks[j]
            blocks[j] = tmp
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if (state >> 16) % 2 == 0:
                blocks[i] = -blocks[i]
            where[c_abs(blocks[i])] = i
        with nogil:
            left = 0
            for i in range(n + 1):
                right = blocks[i] if i < n else n + 1
                if right - left != 1:
                    breakpoints += 1
                left = right
            for k in range(1, n + 1):
                i = k - 1
                if c_abs(blocks[i]) != k:
                    j = where[k]
                    _reverse(blocks, where, i, j)
                    rev_i[count] = i
                    rev_j[count] = j
                    count += 1
                if blocks[i] == -k:
                    blocks[i] = k
                    rev_i[count] = i
                    rev_j[count] = i
                    count += 1
            for k in range(count):
                checksum = (checksum + (k + 1) * (<long long>rev_i[k] * (n + 1) + rev_j[k])) % 1000000007
        lo = count - 6 if count > 6 else 0
        return (count, breakpoints, [(rev_i[k], rev_j[k]) for k in range(count if count < 6 else 6)],
                [(rev_i[k], rev_j[k]) for k in range(lo, count)], <int>checksum)
    finally:
        free(blocks)
        free(where)
        free(rev_i)
        free(rev_j)
