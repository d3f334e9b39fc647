# cython: language_level=3
"""Accelerated ascending-composition partition enumeration on a C int array.

Kelleher's algorithm runs in place on a malloc'd array; each produced partition is
inspected directly in the buffer by an inline classifier (no slicing into lists), with
distinctness and oddness tests as C loops.

Keywords: combinatorics, integer partitions, euler theorem, distinct parts, odd parts, enumeration
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Tally:
    long long total
    long long distinct
    long long odd
    long long parts


@cython.boundscheck(False)
cdef inline void classify(const int *a, int length, Tally *t) noexcept nogil:
    cdef int i
    cdef bint is_distinct = True, is_odd = True
    t.total += 1
    t.parts += length
    for i in range(length):
        if i + 1 < length and a[i] >= a[i + 1]:
            is_distinct = False
        if a[i] % 2 == 0:
            is_odd = False
    if is_distinct:
        t.distinct += 1
    if is_odd:
        t.odd += 1


@cython_benchmark(args=(42,))
@cython.boundscheck(False)
@cython.wraparound(False)
def partition_enumeration_distinct_odd(int n):
    """Return (partitions, with distinct parts, with odd parts, total number of parts)."""
    if n <= 0:
        return (1, 1, 1, 0)
    cdef int *a = <int *>malloc((n + 2) * sizeof(int))
    cdef Tally t
    cdef int k = 1, x, y = n - 1, last, i
    t.total = 0; t.distinct = 0; t.odd = 0; t.parts = 0
    try:
        for i in range(n + 2):
            a[i] = 0
        with nogil:
            while k != 0:
                x = a[k - 1] + 1
                k -= 1
                while 2 * x <= y:
                    a[k] = x
                    y -= x
                    k += 1
                last = k + 1
                while x <= y:
                    a[k] = x
                    a[last] = y
                    classify(a, k + 2, &t)
                    x += 1
                    y -= 1
                a[k] = x + y
                y = x + y - 1
                classify(a, k + 1, &t)
    finally:
        free(a)
    return (t.total, t.distinct, t.odd, t.parts)
