# cython: language_level=3
"""Inverse iteration with an in-place Thomas solve over cpython.array work vectors.

The diagonal, iterate, solution and Thomas coefficients are cpython.array buffers
viewed as contiguous memoryviews; solving, normalising and the Rayleigh quotient are
nogil loops that reuse the same storage for every iteration and shift.

Keywords: inverse iteration, eigenvalues, tridiagonal, cpython array, memoryview, nogil
"""

import cython
from cpython cimport array
import array as pyarray
from libc.math cimport sin, sqrt, fabs

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef void solve_shifted(const double[::1] diag, double sigma, const double[::1] rhs,
                        double[::1] cp, double[::1] dp, double[::1] out) noexcept nogil:
    cdef Py_ssize_t n = diag.shape[0], i
    cdef double denom
    for i in range(n):
        if i:
            denom = diag[i] - sigma - (-1.0 * cp[i - 1])
            dp[i] = (rhs[i] - (-1.0 * dp[i - 1])) / denom
        else:
            denom = diag[i] - sigma - 0.0
            dp[i] = (rhs[i] - 0.0) / denom
        cp[i] = -1.0 / denom
    for i in range(n - 1, -1, -1):
        if i < n - 1:
            out[i] = dp[i] - cp[i] * out[i + 1]
        else:
            out[i] = dp[i] - 0.0


@cython.boundscheck(False)
@cython.wraparound(False)
cdef double rayleigh(const double[::1] diag, const double[::1] x) noexcept nogil:
    cdef Py_ssize_t n = x.shape[0], i
    cdef double s = 0.0, t
    for i in range(n):
        t = diag[i] * x[i] - (x[i - 1] if i else 0.0) - (x[i + 1] if i < n - 1 else 0.0)
        s += x[i] * t
    return s


@cython_benchmark(args=(1000, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def inverse_iteration_tridiagonal(int n, int shifts):
    """Eigenvalues nearest to `shifts` evenly spaced shifts; return values and iteration counts."""
    if n <= 0:
        return [], []
    cdef array.array tmpl = pyarray.array('d')
    cdef double[::1] diag = array.clone(tmpl, n, zero=False)
    cdef double[::1] x = array.clone(tmpl, n, zero=False)
    cdef double[::1] y = array.clone(tmpl, n, zero=False)
    cdef double[::1] cp = array.clone(tmpl, n, zero=False)
    cdef double[::1] dp = array.clone(tmpl, n, zero=False)
    cdef Py_ssize_t i
    cdef int s, used, it
    cdef double sigma, lam, new_lam, norm
    cdef bint done
    cdef list values = [], counts = []
    cdef int denom_s = shifts if shifts > 1 else 1
    for i in range(n):
        diag[i] = 2.0 + 0.5 * sin(<double> i)
    for s in range(shifts):
        sigma = 0.7 + 2.6 * (s + 0.37) / denom_s
        with nogil:
            for i in range(n):
                x[i] = 1.0 / sqrt(<double> n)
            lam = sigma
            used = 0
            for it in range(1, 60):
                used = it
                solve_shifted(diag, sigma, x, cp, dp, y)
                norm = 0.0
                for i in range(n):
                    norm += y[i] * y[i]
                norm = sqrt(norm)
                for i in range(n):
                    x[i] = y[i] / norm
                new_lam = rayleigh(diag, x)
                done = fabs(new_lam - lam) < 1e-13
                lam = new_lam
                if done:
                    break
        values.append(lam)
        counts.append(used)
    return values, counts
