# cython: language_level=3
"""Monotonic stacks as preallocated C int arrays with a top counter.

The stacks and the next/left/right arrays are slices of one calloc'd block; push and
pop are index increments, and both passes plus the rectangle maximum run in a
nogil section.

Keywords: monotonic stack, next greater element, histogram, largest rectangle, stack
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(100000, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
def monotonic_stack_next_greater(Py_ssize_t n, long long seed):
    """Return (largest histogram rectangle, elements with no greater successor, first 10 next-greater indices)."""
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t i, top, none_count = 0
    cdef long long area, best = 0
    cdef int h
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int *block = <int *>calloc(5 * size + 1, sizeof(int))
    if block == NULL:
        raise MemoryError()
    cdef int *heights = block
    cdef int *next_greater = block + size
    cdef int *left = block + 2 * size
    cdef int *right = block + 3 * size
    cdef int *stack = block + 4 * size
    try:
        for i in range(size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            heights[i] = <int>((state >> 9) % 1000)
        with nogil:
            top = 0
            for i in range(size):
                next_greater[i] = -1
                h = heights[i]
                while top > 0 and heights[stack[top - 1]] < h:
                    top -= 1
                    next_greater[stack[top]] = <int>i
                stack[top] = <int>i
                top += 1
            top = 0
            for i in range(size):
                right[i] = <int>size
            for i in range(size):
                h = heights[i]
                while top > 0 and heights[stack[top - 1]] >= h:
                    top -= 1
                    right[stack[top]] = <int>i
                left[i] = stack[top - 1] if top > 0 else -1
                stack[top] = <int>i
                top += 1
            for i in range(size):
                area = <long long>heights[i] * (right[i] - left[i] - 1)
                if area > best:
                    best = area
                if next_greater[i] == -1:
                    none_count += 1
        return best, none_count, [next_greater[i] for i in range(min(10, size))]
    finally:
        free(block)
