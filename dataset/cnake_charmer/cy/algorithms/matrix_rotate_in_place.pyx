# cython: language_level=3
"""In-place ring rotation on a flat C int matrix, checked against a copy.

The matrix is one malloc'd int block indexed r * n + c; the four-way swap per cell
is plain C, and the reference transpose-and-reverse is built into a second buffer
with memcpy, so the final comparison is a single memcmp.

Keywords: matrix rotation, in-place, four-way swap, rings, classic exercise
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy, memcmp

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void rotate_cw(int *m, Py_ssize_t n) noexcept nogil:
    cdef Py_ssize_t layer, last, i, offset
    cdef int top
    for layer in range(n // 2):
        last = n - 1 - layer
        for i in range(layer, last):
            offset = i - layer
            top = m[layer * n + i]
            m[layer * n + i] = m[(last - offset) * n + layer]
            m[(last - offset) * n + layer] = m[last * n + last - offset]
            m[last * n + last - offset] = m[i * n + last]
            m[i * n + last] = top


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void transpose_reverse(const int *src, int *dst, Py_ssize_t n) noexcept nogil:
    # row r of the result is column r of src read bottom-up
    cdef Py_ssize_t r, c
    for r in range(n):
        for c in range(n):
            dst[r * n + c] = src[(n - 1 - c) * n + r]


@cython_benchmark(args=(300, 9, 4))
def matrix_rotate_in_place(Py_ssize_t n, long turns, long long seed):
    """Return (checksum of the rotated matrix, agrees with transpose+reverse, first row)."""
    cdef Py_ssize_t size = n if n > 0 else 0, i, r, c
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long quarter_turns = turns if turns >= 0 else -3 * turns, t
    cdef long long checksum = 0
    cdef int *m = <int *>malloc((size * size + 1) * sizeof(int))
    cdef int *ref = <int *>malloc((size * size + 1) * sizeof(int))
    cdef int *tmp = <int *>malloc((size * size + 1) * sizeof(int))
    if m == NULL or ref == NULL or tmp == NULL:
        free(m)
        free(ref)
        free(tmp)
        raise MemoryError()
    try:
        for i in range(size * size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            m[i] = <int>((state >> 8) % 10000)
        memcpy(ref, m, size * size * sizeof(int))
        with nogil:
            for t in range(quarter_turns):
                rotate_cw(m, size)
            for t in range(quarter_turns % 4):
                transpose_reverse(ref, tmp, size)
                memcpy(ref, tmp, size * size * sizeof(int))
            for r in range(size):
                for c in range(size):
                    checksum = (checksum * 31 + m[r * size + c] * (r + 1) + c) % 1000000007
        same = memcmp(m, ref, size * size * sizeof(int)) == 0
        return checksum, same, [m[c] for c in range(size)]
    finally:
        free(m)
        free(ref)
        free(tmp)
