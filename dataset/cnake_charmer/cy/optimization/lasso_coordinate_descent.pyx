# cython: language_level=3
"""Lasso coordinate descent on a column-major C matrix with inline soft-threshold.

The design matrix is stored column by column in one malloc'ed block so each
coordinate update streams a contiguous column; the soft-threshold operator is an
inline noexcept cdef and the residual is updated in place.

Keywords: optimization, lasso, coordinate descent, soft thresholding, sparse regression
"""

from libc.stdlib cimport malloc, free
from libc.math cimport fabs

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double soft_threshold(double rho, double lam, double scale) noexcept nogil:
    if rho > lam:
        return (rho - lam) / scale
    if rho < -lam:
        return (rho + lam) / scale
    return 0.0


@cython_benchmark(args=(300, 40, 0.05, 30, 9))
def lasso_coordinate_descent(int samples, int features, double lam, int sweeps, long seed):
    """Return (coefficients, non-zero count, objective value)."""
    if samples <= 0 or features <= 0:
        return [], 0, 0.0
    cdef double *xc = <double *>malloc(samples * features * sizeof(double))
    cdef double *res = <double *>malloc(samples * sizeof(double))
    cdef double *beta = <double *>malloc(features * sizeof(double))
    cdef double *col_sq = <double *>malloc(features * sizeof(double))
    if xc == NULL or res == NULL or beta == NULL or col_sq == NULL:
        free(xc); free(res); free(beta); free(col_sq)
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int i, j, s, nonzero = 0
    cdef double acc, rho, new, delta, objective, l1 = 0.0
    try:
        for i in range(samples):
            for j in range(features):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                xc[j * samples + i] = <double>state / 2147483648.0 - 0.5
        for i in range(samples):
            acc = 0.0
            for j in range(features):
                acc += xc[j * samples + i] * (3.0 if j % 5 == 0 else 0.0)
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            res[i] = acc + 0.1 * (<double>state / 2147483648.0 - 0.5)
        for j in range(features):
            beta[j] = 0.0
            acc = 0.0
            for i in range(samples):
                acc += xc[j * samples + i] * xc[j * samples + i]
            col_sq[j] = acc / samples
        with nogil:
            for s in range(sweeps):
                for j in range(features):
                    if col_sq[j] == 0.0:
                        continue
                    acc = 0.0
                    for i in range(samples):
                        acc += xc[j * samples + i] * res[i]
                    rho = acc / samples + col_sq[j] * beta[j]
                    new = soft_threshold(rho, lam, col_sq[j])
                    delta = new - beta[j]
                    if delta != 0.0:
                        for i in range(samples):
                            res[i] -= xc[j * samples + i] * delta
                        beta[j] = new
        acc = 0.0
        for i in range(samples):
            acc += res[i] * res[i]
        for j in range(features):
            l1 += fabs(beta[j])
            if beta[j] != 0.0:
                nonzero += 1
        objective = acc / (2 * samples) + lam * l1
        return [beta[j] for j in range(features)], nonzero, objective
    finally:
        free(xc); free(res); free(beta); free(col_sq)
