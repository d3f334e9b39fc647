# cython: language_level=3
"""Dense matrix product over 2-D memoryviews with B stored transposed.

A, B^T and C are cython.view arrays seen as C-contiguous 2-D memoryviews. B is filled
transposed so every dot product walks two contiguous rows (unit stride, cache
friendly), and the triple loop runs in a nogil helper summing each dot product in the
same order as the Python side.

Keywords: matrix multiplication, 2d memoryview, cython view, transpose, cache locality, nogil
"""

import cython
from cython.view cimport array as cvarray

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef long long fill(double[:, ::1] m, long long state, bint transpose) noexcept nogil:
    cdef Py_ssize_t i, j, n = m.shape[0]
    for i in range(n):
        for j in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if transpose:
                m[j, i] = (state % 2001 - 1000) / 250.0
            else:
                m[i, j] = (state % 2001 - 1000) / 250.0
    return state


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void matmul_bt(double[:, ::1] a, double[:, ::1] bt, double[:, ::1] c) noexcept nogil:
    cdef Py_ssize_t n = a.shape[0], i, j, k
    cdef double s
    for i in range(n):
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += a[i, k] * bt[j, k]
            c[i, j] = s


@cython_benchmark(args=(110,))
@cython.boundscheck(False)
@cython.wraparound(False)
def dense_matmul_checksum(int n):
    """Multiply two n x n LCG matrices; return weighted checksum, trace and first row."""
    if n <= 0:
        return 0.0, 0.0, []
    cdef double[:, ::1] a = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] bt = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] c = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
    cdef long long state
    cdef Py_ssize_t i, j
    cdef double checksum = 0.0, trace = 0.0
    with nogil:
        state = fill(a, 12345, False)
        fill(bt, state, True)
        matmul_bt(a, bt, c)
        for i in range(n):
            for j in range(n):
                checksum += (i + 2 * j + 1) * c[i, j]
        for i in range(n):
            trace += c[i, i]
    return checksum, trace, [c[0, j] for j in range(n)]
