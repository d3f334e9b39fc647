# cython: language_level=3
"""Pancake sort with pointer-based prefix reversal on a C array.

The stack is a malloc'd int array; finding the largest pancake and reversing a prefix
are inline cdef functions that walk raw pointers, replacing Python's key-function max
and slice assignment.

Keywords: pancake sort, prefix reversal, flips, selection, in-place
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline void flip(int *stack, Py_ssize_t last) noexcept nogil:
    cdef int *lo = stack
    cdef int *hi = stack + last
    cdef int tmp
    while lo < hi:
        tmp = lo[0]
        lo[0] = hi[0]
        hi[0] = tmp
        lo += 1
        hi -= 1


cdef inline Py_ssize_t argmax(const int *stack, Py_ssize_t size) noexcept nogil:
    cdef Py_ssize_t best = 0, i
    for i in range(1, size):
        if stack[i] > stack[best]:
            best = i
    return best


@cython_benchmark(args=(3000, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
def pancake_sort_flip_sequence(Py_ssize_t n, long long seed):
    """Pancake-sort n LCG values; return (flips, flip-size hash, samples)."""
    cdef Py_ssize_t count = n if n > 0 else 0
    cdef Py_ssize_t size, biggest, i
    cdef long long flips = 0, flip_hash = 0
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int *stack = <int *>malloc((count + 1) * sizeof(int))
    if stack == NULL:
        raise MemoryError()
    try:
        for i in range(count):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            stack[i] = <int>(state % 100000)
        for size in range(count, 1, -1):
            biggest = argmax(stack, size)
            if biggest == size - 1:
                continue
            if biggest > 0:
                flip(stack, biggest)
                flips += 1
                flip_hash = (flip_hash * 131 + biggest + 1) % 1000000007
            flip(stack, size - 1)
            flips += 1
            flip_hash = (flip_hash * 131 + size) % 1000000007
        step = max(1, count // 10)
        return flips, flip_hash, [stack[i] for i in range(0, count, step)]
    finally:
        free(stack)
