# cython: language_level=3
"""Natural cubic spline with cython.view buffers and typed memoryviews.

Knot values, the tridiagonal system and the evaluations live in cython.view.array
buffers accessed through contiguous double memoryviews; the Thomas sweep and the
evaluation loop are nogil C helpers without bounds or wraparound checks.

Keywords: interpolation, cubic spline, tridiagonal, cython view, memoryview, nogil
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sin

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef void solve_second(double[::1] ys, double[::1] rhs, double[::1] diag,
                       double[::1] second) noexcept nogil:
    cdef Py_ssize_t n = ys.shape[0], size = n - 2, i
    cdef double w, nxt
    for i in range(1, n - 1):
        rhs[i - 1] = 6.0 * (ys[i + 1] - 2.0 * ys[i] + ys[i - 1])
        diag[i - 1] = 4.0
    for i in range(1, size):
        w = 1.0 / diag[i - 1]
        diag[i] -= w
        rhs[i] -= w * rhs[i - 1]
    for i in range(n):
        second[i] = 0.0
    for i in range(size - 1, -1, -1):
        nxt = second[i + 2] if i + 1 < size else 0.0
        second[i + 1] = (rhs[i] - nxt) / diag[i]


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef void evaluate(double[::1] ys, double[::1] second, double[::1] out) noexcept nogil:
    cdef Py_ssize_t n = ys.shape[0], m = out.shape[0], j, k
    cdef double span = n - 1, x, t, u
    for j in range(m):
        x = span * j / m
        k = <Py_ssize_t> x
        if k > n - 2:
            k = n - 2
        t = x - k
        u = 1.0 - t
        out[j] = (u * ys[k] + t * ys[k + 1]
                  + ((u * u * u - u) * second[k] + (t * t * t - t) * second[k + 1]) / 6.0)


@cython_benchmark(args=(8000, 150000))
def natural_cubic_spline_eval(int n, int m):
    """Fit a natural spline to n knots; evaluate at m points; return summary stats."""
    if n < 2 or m < 1:
        return 0.0, 0.0, 0.0, []
    cdef cvarray ybuf = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef cvarray sbuf = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef cvarray rbuf = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef cvarray dbuf = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef cvarray obuf = cvarray(shape=(m,), itemsize=sizeof(double), format="d")
    cdef double[::1] ys = ybuf, second = sbuf, rhs = rbuf, diag = dbuf, out = obuf
    cdef long long state = 7
    cdef Py_ssize_t i
    cdef double total = 0.0, lo, hi
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        ys[i] = sin(0.3 * i) + (state / <double> 0x7FFFFFFF - 0.5) * 0.2
    with nogil:
        solve_second(ys, rhs, diag, second)
        evaluate(ys, second, out)
        lo = out[0]
        hi = out[0]
        for i in range(m):
            total += out[i]
            if out[i] < lo:
                lo = out[i]
            if out[i] > hi:
                hi = out[i]
    cdef Py_ssize_t stride = m // 7 if m // 7 > 1 else 1
    return total, lo, hi, [out[i] for i in range(0, m, stride)]
