# cython: language_level=3
"""Bounded compositions with C prefix-sum buffers reused across parts.

Counts and their prefix sums live in two malloc'd ``long long`` buffers sized for the
final range; each part is a nogil pass computing window sums by prefix differences,
with residues normalised by a conditional add instead of Python's modulo.

Keywords: combinatorics, compositions, bounded parts, prefix sums, generating functions, counting
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(90, 60))
@cython.boundscheck(False)
@cython.wraparound(False)
def bounded_compositions_prefix(int parts, int bound):
    """Return (count for the central total, checksum over all totals, totals with even residue)."""
    cdef long long MOD = 998244353
    cdef Py_ssize_t cap = <Py_ssize_t>parts * bound + 2
    cdef long long *counts = <long long *>malloc(cap * sizeof(long long))
    cdef long long *prefix = <long long *>malloc((cap + 1) * sizeof(long long))
    cdef Py_ssize_t length = 1, size, s, lo, hi
    cdef long long v, checksum = 0, even = 0
    cdef int m
    try:
        with nogil:
            counts[0] = 1
            for m in range(1, parts + 1):
                prefix[0] = 0
                for s in range(length):
                    prefix[s + 1] = (prefix[s] + counts[s]) % MOD
                size = <Py_ssize_t>m * bound + 1
                for s in range(size):
                    hi = s if s < length - 1 else length - 1
                    lo = s - bound if s > bound else 0
                    if lo <= hi:
                        v = prefix[hi + 1] - prefix[lo]
                        if v < 0:
                            v += MOD
                        counts[s] = v
                    else:
                        counts[s] = 0
                length = size
            for s in range(length):
                checksum = (checksum + (s + 1) * counts[s]) % MOD
                if counts[s] % 2 == 0:
                    even += 1
        result = (counts[length // 2], checksum, even)
    finally:
        free(counts); free(prefix)
    return result
