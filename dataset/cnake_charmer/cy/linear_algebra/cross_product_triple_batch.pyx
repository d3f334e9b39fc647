# cython: language_level=3
"""Vector triple products through fused-type inline kernels on C structs.

A fused type covers int64 and double; the cross product, dot product and summary loop
are written once and specialised for both, operating on arrays of 3-vectors held in
malloc'd buffers. The integer path is exact, the real path keeps the Python order.

Keywords: cross product, triple product, fused types, inline, malloc, nogil
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

ctypedef fused coord_t:
    long long
    double


cdef inline void cross(const coord_t *a, const coord_t *b, coord_t *out) noexcept nogil:
    out[0] = a[1] * b[2] - a[2] * b[1]
    out[1] = a[2] * b[0] - a[0] * b[2]
    out[2] = a[0] * b[1] - a[1] * b[0]


cdef inline coord_t dot(const coord_t *a, const coord_t *b) noexcept nogil:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


cdef void summary(const coord_t *data, long count, coord_t *out, long *positive) noexcept nogil:
    cdef coord_t c[3]
    cdef coord_t vw[3]
    cdef coord_t vol, uv
    cdef long i
    cdef const coord_t *u
    cdef const coord_t *v
    cdef const coord_t *w
    out[0] = 0; out[1] = 0; out[2] = 0; out[3] = 0; out[4] = 0
    positive[0] = 0
    for i in range(count):
        u = data + 9 * i
        v = u + 3
        w = u + 6
        cross(u, v, c)
        cross(v, w, vw)
        vol = dot(u, vw)
        out[0] += vol
        if vol > 0:
            positive[0] += 1
        out[1] += c[0]
        out[2] += c[1]
        out[3] += c[2]
        uv = dot(u, v)
        out[4] += dot(u, u) * dot(v, v) - uv * uv


@cython_benchmark(args=(8000,))
def cross_product_triple_batch(int count):
    """Summaries of triple products over count integer triples and their real copies."""
    if count < 0:
        count = 0
    cdef long long *idata = <long long *> malloc((9 * count + 1) * sizeof(long long))
    cdef double *rdata = <double *> malloc((9 * count + 1) * sizeof(double))
    cdef long long iout[5]
    cdef double rout[5]
    cdef long ipos, rpos, i
    cdef long long state = 90210
    if idata == NULL or rdata == NULL:
        free(idata); free(rdata)
        raise MemoryError()
    try:
        for i in range(9 * count):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            idata[i] = state % 201 - 100
            rdata[i] = idata[i] / 7.0
        with nogil:
            summary(idata, count, iout, &ipos)
            summary(rdata, count, rout, &rpos)
        return ((iout[0], ipos, (iout[1], iout[2], iout[3]), iout[4]),
                (rout[0], rpos, (rout[1], rout[2], rout[3]), rout[4]))
    finally:
        free(idata); free(rdata)
