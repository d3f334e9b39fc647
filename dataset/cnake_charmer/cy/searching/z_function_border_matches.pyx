# cython: language_level=3
"""Z-algorithm over a signed char buffer with a C int Z-array.

The concatenated symbol string is a malloc'd signed char array and the Z values a
matching int array; the box-extension loop and all statistics run in C, and the
interval [left, right) bookkeeping uses Py_ssize_t indices.

Keywords: Z algorithm, Z-array, string matching, prefix, linear time
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void z_array(const signed char *s, Py_ssize_t n, int *z) noexcept nogil:
    cdef Py_ssize_t i, left = 0, right = 0, zi
    if n > 0:
        z[0] = 0
    for i in range(1, n):
        zi = 0
        if i < right:
            zi = right - i
            if z[i - left] < zi:
                zi = z[i - left]
        while i + zi < n and s[zi] == s[i + zi]:
            zi += 1
        z[i] = <int>zi
        if i + zi > right:
            left = i
            right = i + zi


@cython_benchmark(args=(250000, 12, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
def z_function_border_matches(Py_ssize_t text_len, int pattern_len, long long seed):
    """Return (matches, first 10 positions, longest partial match, positions with z >= 2)."""
    cdef Py_ssize_t tn = text_len if text_len > 0 else 0
    cdef int m = pattern_len if pattern_len > 0 else 0
    cdef Py_ssize_t total = tn + m + 1
    cdef Py_ssize_t i, hits = 0, at_least_two = 0
    cdef int v, longest = 0, r
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef list first = []
    cdef signed char *s = <signed char *>malloc(total + 1)
    cdef int *z = <int *>malloc((total + 1) * sizeof(int))
    if s == NULL or z == NULL:
        free(s)
        free(z)
        raise MemoryError()
    try:
        for i in range(m):
            s[i] = <signed char>((i * 5 + i // 3) % 2)
        s[m] = -1
        for i in range(tn):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            r = <int>((state >> 12) % 7)
            if r == 0:
                s[m + 1 + i] = 1
            elif r < 4:
                s[m + 1 + i] = 0
            else:
                s[m + 1 + i] = <signed char>((state >> 20) % 2)
        z_array(s, total, z)
        for i in range(tn):
            v = z[m + 1 + i]
            if v == m and m > 0:
                if hits < 10:
                    first.append(i)
                hits += 1
            elif v < m and v > longest:
                longest = v
            if v >= 2:
                at_least_two += 1
        return hits, first, longest, at_least_two
    finally:
        free(s)
        free(z)
