# cython: language_level=3
"""De Bruijn sequence via Duval's iterative Lyndon-word successor in C arrays.

Instead of recursion, the next Lyndon word (length <= n) is produced in place: bump
the last symbol, extend periodically to length n, then strip trailing maximal symbols.
Words whose length divides n are appended to a preallocated int buffer of size k^n.

Keywords: combinatorics, de bruijn sequence, lyndon words, fkm algorithm, necklaces, strings
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(5, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
def de_bruijn_fkm(int k, int n):
    """Return (length, checksum, first 16 symbols, count of each symbol)."""
    if k <= 0 or n <= 0:
        return (0, 0, [], [])
    cdef long long total = 1
    cdef int i
    for i in range(n):
        total *= k
    cdef int *seq = <int *>malloc(total * sizeof(int))
    cdef int *word = <int *>malloc((n + 1) * sizeof(int))
    cdef long long *counts = <long long *>calloc(k, sizeof(long long))
    cdef long long out = 0, checksum = 0, j
    cdef int length, m
    try:
        with nogil:
            word[0] = -1
            length = 1
            while length > 0:
                word[length - 1] += 1
                m = length
                if n % m == 0:
                    for i in range(m):
                        seq[out] = word[i]
                        out += 1
                while length < n:
                    word[length] = word[length - m]
                    length += 1
                while length > 0 and word[length - 1] == k - 1:
                    length -= 1
            for j in range(out):
                checksum = (checksum * k + seq[j] + 1) % 1000000007
                counts[seq[j]] += 1
        result = (out, checksum, [seq[j] for j in range(min(out, 16))], [counts[i] for i in range(k)])
    finally:
        free(seq); free(word); free(counts)
    return result
