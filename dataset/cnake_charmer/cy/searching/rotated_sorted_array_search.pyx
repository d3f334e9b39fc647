# cython: language_level=3
"""Rotated-array binary search on a C int buffer rotated with two memcpy calls.

Each array is generated into a scratch buffer and rotated into the search buffer with
memcpy (no list slicing or concatenation); the modified binary search and the
rotation finder are inline nogil functions on a const int pointer, reporting probes
through a pointer argument.

Keywords: rotated sorted array, binary search, pivot, modified binary search, interview classic
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int search(const int *data, int n, int key, long *probes) noexcept nogil:
    cdef int lo = 0, hi = n - 1, mid
    while lo <= hi:
        mid = (lo + hi) >> 1
        probes[0] += 1
        if data[mid] == key:
            return mid
        if data[lo] <= data[mid]:
            if data[lo] <= key < data[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if data[mid] < key <= data[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1


cdef inline int rotation(const int *data, int n) noexcept nogil:
    cdef int lo = 0, hi = n - 1, mid
    while lo < hi:
        mid = (lo + hi) >> 1
        if data[mid] > data[hi]:
            lo = mid + 1
        else:
            hi = mid
    return lo


@cython_benchmark(args=(20, 5000, 2000, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
def rotated_sorted_array_search(int arrays, int length, int queries, long long seed):
    """Return (keys found, probes, sum of rotation offsets, first 8 results)."""
    cdef int n = length if length > 0 else 0
    cdef int a, i, q, v, shift, key, idx
    cdef long hits = 0, probes = 0, offsets = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef list first = []
    cdef int *values = <int *>malloc((n + 1) * sizeof(int))
    cdef int *data = <int *>malloc((n + 1) * sizeof(int))
    if values == NULL or data == NULL:
        free(values)
        free(data)
        raise MemoryError()
    try:
        for a in range(arrays):
            v = 0
            for i in range(n):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                v += 1 + <int>((state >> 8) % 5)
                values[i] = v
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            shift = <int>((state >> 4) % <unsigned long long>n) if n else 0
            memcpy(data, values + shift, (n - shift) * sizeof(int))
            memcpy(data + n - shift, values, shift * sizeof(int))
            if n:
                offsets += rotation(data, n)
            for q in range(queries):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                key = <int>((state >> 3) % <unsigned long long>(v + 2))
                idx = search(data, n, key, &probes)
                if idx >= 0:
                    hits += 1
                if len(first) < 8:
                    first.append(idx)
        return hits, probes, offsets, first
    finally:
        free(values)
        free(data)
