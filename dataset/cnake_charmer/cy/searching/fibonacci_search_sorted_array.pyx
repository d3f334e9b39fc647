# cython: language_level=3
"""Fibonacci search with a precomputed C array of Fibonacci numbers.

The Fibonacci numbers up to n are tabulated once in a fixed-size C array, so each
search just walks down the table index; probes read a const long pointer inside a
nogil loop that handles every query.

Keywords: Fibonacci search, sorted array, divide and conquer, probes, searching
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef Py_ssize_t fib_search(const long *data, Py_ssize_t n, long key, const long *fib, int top, long *probes) noexcept nogil:
    # fib[top] is the first Fibonacci number >= n; fib[k-1], fib[k-2] are f1, f2.
    cdef int k = top
    cdef Py_ssize_t offset = -1, i
    while fib[k] > 1:
        i = offset + fib[k - 2]
        if i > n - 1:
            i = n - 1
        probes[0] += 1
        if data[i] < key:
            k -= 1
            offset = i
        elif data[i] > key:
            k -= 2
        else:
            return i
    if fib[k - 1] and offset + 1 < n and data[offset + 1] == key:
        probes[0] += 1
        return offset + 1
    return -1


@cython_benchmark(args=(60000, 25000, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
def fibonacci_search_sorted_array(Py_ssize_t n, Py_ssize_t queries, long long seed):
    """Return (keys found, total probes, first 8 results (index or -1))."""
    cdef long fib[92]
    cdef int top = 2
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t i, idx
    cdef long v = 0, key, probes = 0
    cdef long found = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef list first = []
    # Index shift so fib[k - 2] exists: fib[0] = 1 (dummy f(-1)), fib[1] = 0, fib[2] = 1, ...
    fib[0] = 1
    fib[1] = 0
    fib[2] = 1
    while fib[top] < size:
        top += 1
        fib[top] = fib[top - 1] + fib[top - 2]
    cdef long *data = <long *>malloc((size + 1) * sizeof(long))
    if data == NULL:
        raise MemoryError()
    try:
        for i in range(size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            v += 1 + <long>(state % 4)
            data[i] = v
        for i in range(queries):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            key = <long>(state % <unsigned long long>(v + 3))
            idx = fib_search(data, size, key, fib, top, &probes)
            if idx >= 0:
                found += 1
            if i < 8:
                first.append(idx)
        return found, probes, first
    finally:
        free(data)
