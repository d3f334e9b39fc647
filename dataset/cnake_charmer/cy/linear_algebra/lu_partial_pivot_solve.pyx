# cython: language_level=3
"""LU with partial pivoting on a malloc'd row-major matrix with pointer row swaps.

The matrix lives in one malloc'd block and rows are reached through an array of row
pointers, so a pivot swap exchanges two pointers as the Python side exchanges two list
references. Elimination and both substitutions are nogil loops over raw pointers.

Keywords: lu decomposition, partial pivoting, malloc, pointer, row pointers, nogil
"""

import cython
from libc.math cimport fabs, log
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef int lu_solve(double **rows, int *perm, double *b, double *y, double *x, int n) noexcept nogil:
    cdef int k, r, c, p, i, j, t, swaps = 0
    cdef double best, pivot, factor, s
    cdef double *tmp
    cdef double *row_r
    cdef double *row_k
    for k in range(n):
        p = k
        best = fabs(rows[k][k])
        for r in range(k + 1, n):
            if fabs(rows[r][k]) > best:
                best = fabs(rows[r][k])
                p = r
        if p != k:
            tmp = rows[k]; rows[k] = rows[p]; rows[p] = tmp
            t = perm[k]; perm[k] = perm[p]; perm[p] = t
            swaps += 1
        pivot = rows[k][k]
        row_k = rows[k]
        for r in range(k + 1, n):
            row_r = rows[r]
            factor = row_r[k] / pivot
            row_r[k] = factor
            for c in range(k + 1, n):
                row_r[c] -= factor * row_k[c]
    for i in range(n):
        s = 0.0
        for j in range(i):
            s += rows[i][j] * y[j]
        y[i] = b[perm[i]] - s
    for i in range(n - 1, -1, -1):
        s = 0.0
        for j in range(i + 1, n):
            s += rows[i][j] * x[j]
        x[i] = (y[i] - s) / rows[i][i]
    return swaps


@cython_benchmark(args=(140,))
def lu_partial_pivot_solve(int n):
    """Solve A x = b by LU with partial pivoting; return determinant info and solution stats."""
    if n <= 0:
        return 0.0, 1, 0, 0.0, []
    cdef double *block = <double *> malloc(n * n * sizeof(double))
    cdef double **rows = <double **> malloc(n * sizeof(double *))
    cdef double *vec = <double *> malloc(3 * n * sizeof(double))
    cdef int *perm = <int *> malloc(n * sizeof(int))
    cdef long long state = 99
    cdef int i, j, swaps, sign
    cdef double s, log_det = 0.0, error = 0.0, e
    if block == NULL or rows == NULL or vec == NULL or perm == NULL:
        free(block); free(rows); free(vec); free(perm)
        raise MemoryError()
    try:
        for i in range(n):
            rows[i] = block + i * n
            perm[i] = i
            for j in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                rows[i][j] = state / <double> 0x7FFFFFFF - 0.5 + (0.1 * n if i == j else 0.0)
        for i in range(n):
            s = 0.0
            for j in range(n):
                s += rows[i][j] * (j + 1)
            vec[i] = s
        with nogil:
            swaps = lu_solve(rows, perm, vec, vec + n, vec + 2 * n, n)
        sign = -1 if swaps % 2 else 1
        for i in range(n):
            log_det += log(fabs(rows[i][i]))
            if rows[i][i] < 0:
                sign = -sign
            e = fabs(vec[2 * n + i] - (i + 1))
            if e > error:
                error = e
        return log_det, sign, swaps, error, [vec[2 * n + i] for i in range(min(n, 5))]
    finally:
        free(block); free(rows); free(vec); free(perm)
