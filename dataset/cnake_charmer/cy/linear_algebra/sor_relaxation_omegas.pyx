# cython: language_level=3
"""SOR sweeps for many relaxation factors as a nogil C kernel over a typed buffer.

The solution vector and right-hand side are malloc'd C arrays; one SOR solve is a
nogil cdef function, so the thousands of sweeps per omega run as tight C loops with
C division and fabs instead of Python float arithmetic.

Keywords: sor, successive over relaxation, malloc, nogil, cdivision, libc math
"""

import cython
from libc.math cimport sin, fabs, M_PI
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef int sor_solve(const double *rhs, double *x, int n, double omega) noexcept nogil:
    cdef int count = 0, i
    cdef double biggest, left, right, gs, new, d
    for i in range(n):
        x[i] = 0.0
    while count < 20000:
        count += 1
        biggest = 0.0
        for i in range(n):
            left = x[i - 1] if i > 0 else 0.0
            right = x[i + 1] if i < n - 1 else 0.0
            gs = (rhs[i] + left + right) / 2.0
            new = x[i] + omega * (gs - x[i])
            d = fabs(new - x[i])
            if d > biggest:
                biggest = d
            x[i] = new
        if biggest < 1e-10:
            break
    return count


@cython_benchmark(args=(36, 10))
@cython.cdivision(True)
def sor_relaxation_omegas(int n, int n_omegas):
    """Iterations to converge and midpoint values for n_omegas relaxation factors."""
    if n <= 0:
        return [], []
    cdef double *rhs = <double *> malloc(n * sizeof(double))
    cdef double *x = <double *> malloc(n * sizeof(double))
    cdef double h = 1.0 / (n + 1), omega
    cdef int i, k, count
    cdef int denom = n_omegas - 1 if n_omegas - 1 > 1 else 1
    cdef list iterations = [], mids = []
    if rhs == NULL or x == NULL:
        free(rhs); free(x)
        raise MemoryError()
    try:
        for i in range(n):
            rhs[i] = h * h * sin(M_PI * (i + 1) * h)
        for k in range(n_omegas):
            omega = 1.0 + 0.95 * k / denom
            with nogil:
                count = sor_solve(rhs, x, n, omega)
            iterations.append(count)
            mids.append(x[n // 2])
        return iterations, mids
    finally:
        free(rhs); free(x)
