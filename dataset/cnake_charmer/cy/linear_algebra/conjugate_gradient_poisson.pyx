# cython: language_level=3
"""Matrix-free conjugate gradient with cpython.array work vectors.

x, r, p and A p are cpython.array double buffers viewed as contiguous memoryviews and
updated in place; the 5-point stencil and the vector updates are nogil helpers, so no
new list is built per iteration.

Keywords: conjugate gradient, poisson, cpython array, memoryview, stencil, nogil
"""

import cython
from cpython cimport array
import array as pyarray
from libc.math cimport sin, sqrt, M_PI

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void apply_laplacian(const double[::1] x, double[::1] out, Py_ssize_t k) noexcept nogil:
    cdef Py_ssize_t i, j, idx
    cdef double v
    for i in range(k):
        for j in range(k):
            idx = i * k + j
            v = 4.0 * x[idx]
            if i > 0:
                v -= x[idx - k]
            if i < k - 1:
                v -= x[idx + k]
            if j > 0:
                v -= x[idx - 1]
            if j < k - 1:
                v -= x[idx + 1]
            out[idx] = v


@cython.boundscheck(False)
@cython.wraparound(False)
cdef inline double dotp(const double[::1] u, const double[::1] v) noexcept nogil:
    cdef double s = 0.0
    cdef Py_ssize_t i
    for i in range(u.shape[0]):
        s += u[i] * v[i]
    return s


@cython_benchmark(args=(56,))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def conjugate_gradient_poisson(int k):
    """Solve the k x k Poisson system by CG; return iterations, residual, sum and centre."""
    if k <= 0:
        return 0, 0.0, 0.0, 0.0
    cdef Py_ssize_t n = k * k, i, j
    cdef array.array tmpl = pyarray.array('d')
    cdef double[::1] x = array.clone(tmpl, n, zero=True)
    cdef double[::1] r = array.clone(tmpl, n, zero=False)
    cdef double[::1] p = array.clone(tmpl, n, zero=False)
    cdef double[::1] ap = array.clone(tmpl, n, zero=False)
    cdef double rs, rs_new, target, alpha, beta, total = 0.0
    cdef long iters = 0
    for i in range(k):
        for j in range(k):
            r[i * k + j] = (sin(M_PI * (i + 1) / (k + 1)) * sin(M_PI * (j + 1) / (k + 1))
                            + 0.1 * (i == j))
    p[:] = r
    with nogil:
        rs = dotp(r, r)
        target = 1e-20 * rs
        while rs > target and iters < 10 * n:
            apply_laplacian(p, ap, k)
            alpha = rs / dotp(p, ap)
            for i in range(n):
                x[i] = x[i] + alpha * p[i]
            for i in range(n):
                r[i] = r[i] - alpha * ap[i]
            rs_new = dotp(r, r)
            for i in range(n):
                p[i] = r[i] + rs_new / rs * p[i]
            rs = rs_new
            iters += 1
        for i in range(n):
            total += x[i]
    return iters, sqrt(rs), total, x[(k // 2) * k + k // 2]
