# cython: language_level=3
"""Batched Thomas algorithm with one malloc'd workspace reused for every system.

A single malloc'd block holds the three diagonals, the right-hand side, the modified
coefficients and the solution for the current system; generation, elimination and
back substitution are nogil loops over raw double pointers.

Keywords: tridiagonal matrix, thomas algorithm, malloc, pointer arithmetic, nogil
"""

import cython
from libc.math cimport sin, fabs
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef double solve_one(double *lower, double *main, double *upper, double *rhs,
                      double *cp, double *dp, double *x, int n) noexcept nogil:
    cdef int i
    cdef double denom, s = 0.0
    for i in range(n):
        if i:
            denom = main[i] - lower[i] * cp[i - 1]
            dp[i] = (rhs[i] - lower[i] * dp[i - 1]) / denom
        else:
            denom = main[i] - 0.0
            dp[i] = (rhs[i] - 0.0) / denom
        cp[i] = upper[i] / denom
    for i in range(n - 1, -1, -1):
        if i < n - 1:
            x[i] = dp[i] - cp[i] * x[i + 1]
        else:
            x[i] = dp[i] - 0.0
    for i in range(n):
        s += x[i]
    return s


@cython_benchmark(args=(60, 1500))
def thomas_tridiagonal_batch(int count, int n):
    """Solve count tridiagonal systems of size n; return per-system sums and x[:4] of the first."""
    if n < 0:
        n = 0
    cdef double *work = <double *> malloc((7 * n + 1) * sizeof(double))
    cdef double *lower = work
    cdef double *main = work + n
    cdef double *upper = work + 2 * n
    cdef double *rhs = work + 3 * n
    cdef double *cp = work + 4 * n
    cdef double *dp = work + 5 * n
    cdef double *x = work + 6 * n
    cdef unsigned long long state = 8675309
    cdef int system, i
    cdef double s
    cdef list sums = [], head = []
    if work == NULL:
        raise MemoryError()
    try:
        for system in range(count):
            with nogil:
                for i in range(n):
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    lower[i] = state / <double> 0x7FFFFFFF - 0.5
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    upper[i] = state / <double> 0x7FFFFFFF - 0.5
                    main[i] = 2.5 + fabs(lower[i]) + fabs(upper[i])
                    rhs[i] = sin(<double> (i + system))
                s = solve_one(lower, main, upper, rhs, cp, dp, x, n)
            sums.append(s)
            if system == 0:
                head = [x[i] for i in range(min(n, 4))]
        return sums, head
    finally:
        free(work)
