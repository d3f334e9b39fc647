# cython: language_level=3
"""Patience-sorting LIS with a hand-written lower-bound search on C arrays.

Pile tops, their indices and back-pointers are malloc'd int arrays; the binary search
is an inline cdef function, and a helper returning a C tuple (length, last index)
drives the scan so the rebuild starts from C values.

Keywords: dynamic programming, longest increasing subsequence, patience sorting, binary search
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int lower_bound(const int *arr, int size, int x) noexcept nogil:
    cdef int lo = 0, hi = size, mid
    while lo < hi:
        mid = (lo + hi) >> 1
        if arr[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


@cython.boundscheck(False)
cdef (int, int) patience(const int *values, int n, int *tops, int *top_index, int *back) noexcept nogil:
    cdef int i, pile, size = 0, x
    for i in range(n):
        x = values[i]
        pile = lower_bound(tops, size, x)
        back[i] = top_index[pile - 1] if pile > 0 else -1
        tops[pile] = x
        top_index[pile] = i
        if pile == size:
            size += 1
    return (size, top_index[size - 1] if size > 0 else -1)


@cython_benchmark(args=(150000, 1000000, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
def lis_patience_reconstruct(int n, int value_range, long long seed):
    """Return (LIS length, last 10 values of the rebuilt LIS, index checksum of the LIS)."""
    cdef int *values = <int *>malloc((n + 1) * sizeof(int))
    cdef int *tops = <int *>malloc((n + 1) * sizeof(int))
    cdef int *top_index = <int *>malloc((n + 1) * sizeof(int))
    cdef int *back = <int *>malloc((n + 1) * sizeof(int))
    cdef long long state = seed & 0x7FFFFFFF, checksum = 0
    cdef int i, length, last
    tail = []
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            values[i] = <int>((state >> 5) % value_range)
        with nogil:
            length, last = patience(values, n, tops, top_index, back)
        i = last
        while i >= 0:
            checksum += i
            if len(tail) < 10:
                tail.append(values[i])
            i = back[i]
        tail.reverse()
    finally:
        free(values); free(tops); free(top_index); free(back)
    return (length, tail, checksum % 1000003)
