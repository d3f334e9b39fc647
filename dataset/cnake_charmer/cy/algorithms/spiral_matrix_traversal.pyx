# cython: language_level=3
"""Spiral traversal over a 2-D typed memoryview without building the order list.

The matrix is an int[:, ::1] view of a cython.view.array; the four edge walks of each
ring index it directly and fold every visited value into the checksum on the fly, so
only the handful of sampled values become Python objects.

Keywords: spiral order, matrix traversal, boundaries, layers, classic exercise
"""

import cython
from cython.view cimport array as cvarray

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Walk:
    long long count
    long long checksum
    int last


cdef inline void visit(Walk *w, int v, list head) noexcept:
    if w.count < 8:
        head.append(v)
    w.checksum = (w.checksum + (w.count % 1009) * v) % 1000000007
    w.count += 1
    w.last = v


@cython_benchmark(args=(400, 500, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def spiral_matrix_traversal(int rows, int cols, long long seed):
    """Return (visited, weighted checksum, first 8 spiral values, last value of the first 5 rings)."""
    if rows <= 0 or cols <= 0:
        return 0, 0, [], []
    cdef int[:, ::1] m = cvarray(shape=(rows, cols), itemsize=sizeof(int), format="i")
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef int r, c, top = 0, bottom = rows - 1, left = 0, right = cols - 1
    cdef Walk w
    cdef list head = [], ring_ends = []
    w.count = 0
    w.checksum = 0
    w.last = 0
    for r in range(rows):
        for c in range(cols):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            m[r, c] = <int>((state >> 8) % 1000)
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            visit(&w, m[top, c], head)
        for r in range(top + 1, bottom + 1):
            visit(&w, m[r, right], head)
        if top < bottom:
            for c in range(right - 1, left - 1, -1):
                visit(&w, m[bottom, c], head)
        if left < right:
            for r in range(bottom - 1, top, -1):
                visit(&w, m[r, left], head)
        if len(ring_ends) < 5:
            ring_ends.append(w.last)
        top += 1
        bottom -= 1
        left += 1
        right -= 1
    return w.count, w.checksum, head, ring_ends
