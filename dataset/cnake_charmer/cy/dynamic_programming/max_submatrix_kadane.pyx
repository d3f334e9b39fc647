# cython: language_level=3
"""2-D Kadane with a C column-sum buffer and a C-tuple row scanner.

The matrix is a flat int array; for each row band the running column sums are updated
in place and an inline cdef scanner returns a C tuple (sum, start, end) for the band's
best column range, compared against the global best with C integers.

Keywords: dynamic programming, kadane, maximum subarray, submatrix, 2d prefix sums
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef int check_shape(int rows, int cols) except -1:
    if rows <= 0 or cols <= 0:
        raise ValueError("matrix must be non-empty")
    return 0


@cython.boundscheck(False)
cdef inline (long long, int, int) best_range(const long long *sums, int cols) noexcept nogil:
    cdef long long run = 0, best = 0
    cdef int c, start = 0, b_start = 0, b_end = 0
    for c in range(cols):
        if run <= 0:
            run = sums[c]
            start = c
        else:
            run += sums[c]
        if c == 0 or run > best:
            best = run
            b_start = start
            b_end = c
    return (best, b_start, b_end)


@cython_benchmark(args=(110, 110, 59))
@cython.boundscheck(False)
@cython.wraparound(False)
def max_submatrix_kadane(int rows, int cols, long long seed):
    """Return (best sum, top, left, bottom, right) of the best rectangle."""
    check_shape(rows, cols)
    cdef int *matrix = <int *>malloc(<Py_ssize_t>rows * cols * sizeof(int))
    cdef long long *sums = <long long *>malloc(cols * sizeof(long long))
    cdef long long state = seed & 0x7FFFFFFF, best = 0, s
    cdef int i, c, top, bottom, left, right, bt = 0, bl = 0, bb = 0, br = 0
    cdef bint found = False
    try:
        for i in range(rows * cols):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            matrix[i] = <int>((state >> 9) % 101 - 52)
        with nogil:
            for top in range(rows):
                for c in range(cols):
                    sums[c] = 0
                for bottom in range(top, rows):
                    for c in range(cols):
                        sums[c] += matrix[bottom * cols + c]
                    s, left, right = best_range(sums, cols)
                    if not found or s > best:
                        found = True
                        best = s
                        bt = top; bl = left; bb = bottom; br = right
    finally:
        free(matrix); free(sums)
    return (best, bt, bl, bb, br)
