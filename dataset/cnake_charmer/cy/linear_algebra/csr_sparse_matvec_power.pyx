# cython: language_level=3
"""CSR mat-vec power sequence with typed index and value memoryviews.

indptr, indices and data are cpython.array buffers (int and double) viewed as
contiguous memoryviews; the column set of each row is deduplicated and sorted with a
small insertion sort in a C array instead of a Python set. The mat-vec runs nogil.

Keywords: sparse matrix, csr format, cpython array, memoryview, insertion sort, nogil
"""

import cython
from cpython cimport array
import array as pyarray
from libc.math cimport fabs
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef double spmv_normalise(const int[::1] indptr, const int[::1] indices, const double[::1] data,
                           double[::1] x, double[::1] y) noexcept nogil:
    cdef Py_ssize_t n = x.shape[0], i, k
    cdef double s, scale = 0.0
    for i in range(n):
        s = 0.0
        for k in range(indptr[i], indptr[i + 1]):
            s += data[k] * x[indices[k]]
        y[i] = s
        if fabs(s) > scale:
            scale = fabs(s)
    for i in range(n):
        x[i] = y[i] / scale if scale else y[i]
    return scale


@cython_benchmark(args=(5000, 8, 12))
@cython.boundscheck(False)
@cython.wraparound(False)
def csr_sparse_matvec_power(int n, int per_row, int rounds):
    """Build a CSR matrix and apply `rounds` normalised mat-vecs; return growth and x stats."""
    if n <= 0:
        return [], 0.0, []
    cdef int cap = n * per_row if per_row > 0 else 1
    cdef array.array ip = array.clone(pyarray.array('i'), n + 1, zero=True)
    cdef array.array ix = array.clone(pyarray.array('i'), cap, zero=False)
    cdef array.array dv = array.clone(pyarray.array('d'), cap, zero=False)
    cdef array.array xa = array.clone(pyarray.array('d'), n, zero=False)
    cdef array.array ya = array.clone(pyarray.array('d'), n, zero=False)
    cdef int[::1] indptr = ip, indices = ix
    cdef double[::1] data = dv, x = xa, y = ya
    cdef int *cols = <int *> malloc((per_row + 1) * sizeof(int))
    cdef long long state = 6502
    cdef int i, t, m, c, pos, nnz = 0, r
    cdef double total = 0.0
    cdef list growth = []
    if cols == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            m = 0
            for t in range(per_row):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                c = <int> (state % n)
                pos = m
                while pos > 0 and cols[pos - 1] > c:
                    pos -= 1
                if pos > 0 and cols[pos - 1] == c:
                    continue
                for r in range(m, pos, -1):
                    cols[r] = cols[r - 1]
                cols[pos] = c
                m += 1
            for t in range(m):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                indices[nnz] = cols[t]
                data[nnz] = state / <double> 0x7FFFFFFF + 0.1
                nnz += 1
            indptr[i + 1] = nnz
        for i in range(n):
            x[i] = 1.0
        for t in range(rounds):
            growth.append(spmv_normalise(indptr, indices, data, x, y))
        for i in range(n):
            total += x[i]
        return growth, total, [x[i] for i in range(0, n, n // 5 if n // 5 > 1 else 1)]
    finally:
        free(cols)
