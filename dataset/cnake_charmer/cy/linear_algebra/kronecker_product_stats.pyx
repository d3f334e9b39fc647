# cython: language_level=3
"""Kronecker products via one fused-type kernel for int64 and double matrices.

A ctypedef fused type generates an int64 and a double specialisation of the Kronecker
kernel and of the statistics pass, both working on flat malloc'd buffers indexed by
block arithmetic; the result is exact for the integer case and bit-identical for the
real case (same summation order).

Keywords: kronecker product, fused types, malloc, block indexing, nogil
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

ctypedef fused num_t:
    long long
    double


cdef void kron(const num_t *a, int p, const num_t *b, int q, num_t *out) noexcept nogil:
    cdef int ia, ib, ja, jb, size = p * q
    for ia in range(p):
        for ib in range(q):
            for ja in range(p):
                for jb in range(q):
                    out[(ia * q + ib) * size + ja * q + jb] = a[ia * p + ja] * b[ib * q + jb]


cdef void stats(const num_t *k, int size, num_t *res) noexcept nogil:
    cdef num_t trace = 0, checksum = 0, anti = 0
    cdef int i, j
    for i in range(size):
        trace += k[i * size + i]
    for i in range(size):
        for j in range(size):
            checksum += ((i + 3 * j + 1) % 17) * k[i * size + j]
    for i in range(size):
        anti += k[i * size + size - 1 - i]
    res[0] = trace
    res[1] = checksum
    res[2] = anti


@cython_benchmark(args=(20, 24))
def kronecker_product_stats(int p, int q):
    """Stats of the integer and real Kronecker products of p x p and q x q matrices."""
    if p < 0:
        p = 0
    if q < 0:
        q = 0
    cdef int size = p * q, i, j
    cdef long long *ia = <long long *> malloc((p * p + 1) * sizeof(long long))
    cdef long long *ib = <long long *> malloc((q * q + 1) * sizeof(long long))
    cdef long long *ik = <long long *> malloc((size * size + 1) * sizeof(long long))
    cdef double *ra = <double *> malloc((p * p + 1) * sizeof(double))
    cdef double *rb = <double *> malloc((q * q + 1) * sizeof(double))
    cdef double *rk = <double *> malloc((size * size + 1) * sizeof(double))
    cdef long long ires[3]
    cdef double rres[3]
    if not (ia and ib and ik and ra and rb and rk):
        free(ia); free(ib); free(ik); free(ra); free(rb); free(rk)
        raise MemoryError()
    try:
        for i in range(p):
            for j in range(p):
                ia[i * p + j] = (i * 7 + j * 3) % 11 - 5
                ra[i * p + j] = 0.5 * ia[i * p + j] + 0.25
        for i in range(q):
            for j in range(q):
                ib[i * q + j] = (i * 5 + j * 2) % 9 - 4
                rb[i * q + j] = 0.125 * ib[i * q + j] - 0.5
        with nogil:
            kron(ia, p, ib, q, ik)
            stats(ik, size, ires)
            kron(ra, p, rb, q, rk)
            stats(rk, size, rres)
        return (ires[0], ires[1], ires[2]), (rres[0], rres[1], rres[2])
    finally:
        free(ia); free(ib); free(ik); free(ra); free(rb); free(rk)
