# cython: language_level=3
"""Juggling rotation on a C int array, verified by a memcpy-based rotation.

The data and the reference copy are malloc'd int arrays; the cycle walk uses plain
index arithmetic, the reference is rotated with two memcpy calls into a scratch
buffer, and the final comparison is a single memcmp.

Keywords: array rotation, juggling algorithm, gcd cycles, in-place, classic exercise
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy, memcmp

from cnake_charmer.benchmarks import cython_benchmark


cdef inline Py_ssize_t gcd(Py_ssize_t a, Py_ssize_t b) noexcept nogil:
    cdef Py_ssize_t t
    while b:
        t = a % b
        a = b
        b = t
    return a


@cython_benchmark(args=(120000, 8, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
def juggling_array_rotation(Py_ssize_t n, int rotations, long long seed):
    """Return (element moves, cycles, matches slicing, 8 samples)."""
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t i, j, d, start, g
    cdef int r, temp
    cdef long long moves = 0, cycles = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int *data = <int *>malloc((size + 1) * sizeof(int))
    cdef int *ref = <int *>malloc((size + 1) * sizeof(int))
    cdef int *scratch = <int *>malloc((size + 1) * sizeof(int))
    if data == NULL or ref == NULL or scratch == NULL:
        free(data)
        free(ref)
        free(scratch)
        raise MemoryError()
    try:
        for i in range(size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            data[i] = <int>((state >> 7) % 100000)
        memcpy(ref, data, size * sizeof(int))
        for r in range(rotations):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            d = <Py_ssize_t>((state >> 4) % <unsigned long long>size) if size else 0
            if d == 0:
                continue
            memcpy(scratch, ref + d, (size - d) * sizeof(int))
            memcpy(scratch + size - d, ref, d * sizeof(int))
            memcpy(ref, scratch, size * sizeof(int))
            g = gcd(size, d)
            with nogil:
                for start in range(g):
                    temp = data[start]
                    i = start
                    while True:
                        j = i + d
                        if j >= size:
                            j -= size
                        if j == start:
                            break
                        data[i] = data[j]
                        moves += 1
                        i = j
                    data[i] = temp
                    moves += 1
                    cycles += 1
        same = memcmp(data, ref, size * sizeof(int)) == 0
        step = max(1, size // 8)
        return moves, cycles, same, [data[i] for i in range(0, size, step)]
    finally:
        free(data)
        free(ref)
        free(scratch)
