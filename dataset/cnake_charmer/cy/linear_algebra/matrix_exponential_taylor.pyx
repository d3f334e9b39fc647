# cython: language_level=3
"""Scaling-and-squaring matrix exponential on preallocated 2-D memoryviews.

The matrix, Taylor term, accumulated sum and a scratch product are four C-contiguous
2-D memoryviews allocated once; the matmul writes into the scratch buffer, which is
then swapped in, so the 18 Taylor terms and the squarings allocate nothing.

Keywords: matrix exponential, scaling and squaring, 2d memoryview, matmul, nogil
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sqrt, fabs, pow

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void matmul(double[:, ::1] x, double[:, ::1] y, double[:, ::1] out) noexcept nogil:
    cdef Py_ssize_t n = x.shape[0], i, j, k
    cdef double s
    for i in range(n):
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += x[i, k] * y[k, j]
            out[i, j] = s


@cython_benchmark(args=(28,))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def matrix_exponential_taylor(int n):
    """exp(A) for an n x n LCG matrix; return trace, Frobenius norm, squarings and first row."""
    if n <= 0:
        return 0.0, 0.0, 0, []
    cdef double[:, ::1] a = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] term = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] result = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] scratch = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] tmp
    cdef long long state = 1618
    cdef Py_ssize_t i, j
    cdef double skew, sym, norm = 0.0, rowsum, scale, trace = 0.0, frob = 0.0
    cdef int squarings = 0, k
    for i in range(n):
        for j in range(i, n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            skew = state / <double> 0x7FFFFFFF - 0.5
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            sym = (state / <double> 0x7FFFFFFF - 0.5) * 0.2
            a[i, j] = sym + skew
            a[j, i] = sym - skew if i != j else sym
    for i in range(n):
        rowsum = 0.0
        for j in range(n):
            rowsum += fabs(a[i, j])
        if i == 0 or rowsum > norm:
            norm = rowsum
    while norm > 0.5:
        norm /= 2.0
        squarings += 1
    scale = pow(2.0, -squarings)
    for i in range(n):
        for j in range(n):
            a[i, j] = a[i, j] * scale
            result[i, j] = 1.0 if i == j else 0.0
            term[i, j] = result[i, j]
    for k in range(1, 19):
        matmul(term, a, scratch)
        tmp = term
        term = scratch
        scratch = tmp
        for i in range(n):
            for j in range(n):
                term[i, j] = term[i, j] / k
                result[i, j] = result[i, j] + term[i, j]
    for k in range(squarings):
        matmul(result, result, scratch)
        tmp = result
        result = scratch
        scratch = tmp
    for i in range(n):
        trace += result[i, i]
    for i in range(n):
        for j in range(n):
            frob += result[i, j] * result[i, j]
    return trace, sqrt(frob), squarings, [result[0, j] for j in range(n)]
