# cython: language_level=3
"""Modified Gram-Schmidt QR with columns stored contiguously in a 2-D memoryview.

Columns are the rows of a C-contiguous double[:, ::1] buffer (a transposed layout), so
every projection and update streams through contiguous memory; normalisation and
orthogonalisation happen in place, with no per-column list rebuilt.

Keywords: qr decomposition, gram schmidt, 2d memoryview, in place, nogil, libc math
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sqrt, fabs

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef void mgs(double[:, ::1] q, double[:, ::1] r) noexcept nogil:
    cdef Py_ssize_t n = q.shape[0], rows = q.shape[1], k, j, t
    cdef double norm, dot
    for k in range(n):
        norm = 0.0
        for t in range(rows):
            norm += q[k, t] * q[k, t]
        norm = sqrt(norm)
        r[k, k] = norm
        for t in range(rows):
            q[k, t] = q[k, t] / norm
        for j in range(k + 1, n):
            dot = 0.0
            for t in range(rows):
                dot += q[k, t] * q[j, t]
            r[k, j] = dot
            for t in range(rows):
                q[j, t] = q[j, t] - dot * q[k, t]


@cython_benchmark(args=(60,))
@cython.boundscheck(False)
@cython.wraparound(False)
def modified_gram_schmidt_qr(int n):
    """MGS QR of a 2n x n LCG matrix; return diag(R), orthogonality error and R[0]."""
    if n <= 0:
        return [], 0.0, []
    cdef Py_ssize_t rows = 2 * n, i, j, t
    cdef double[:, ::1] q = cvarray(shape=(n, rows), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] r = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
    cdef long long state = 4242
    cdef double dot, worst = 0.0, d
    r[:, :] = 0.0
    for i in range(n):
        for t in range(rows):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            q[i, t] = state / <double> 0x7FFFFFFF * 2.0 - 1.0
    with nogil:
        mgs(q, r)
        for i in range(n):
            for j in range(i, n):
                dot = 0.0
                for t in range(rows):
                    dot += q[i, t] * q[j, t]
                d = fabs(dot - (1.0 if i == j else 0.0))
                if d > worst:
                    worst = d
    return [r[i, i] for i in range(n)], worst, [r[0, j] for j in range(n)]
