# cython: language_level=3
"""Vasicek loss simulation with a C threshold table and a counting-sort quantile.

Exposures and rating indices are C arrays, the three thresholds a C array indexed by
rating, and normals come from a noexcept inline Box-Muller; the loss quantile is read
from a histogram over integer losses (losses are bounded by the total exposure)
instead of sorting a list.

Keywords: finance, credit risk, vasicek, default correlation, loss distribution, monte carlo
"""

from libc.math cimport sqrt, log, cos, M_PI
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef double THRESH[3]
THRESH[:] = [-2.326, -1.645, -1.282]


cdef inline double normal(unsigned long long *s) noexcept nogil:
    cdef double u1
    s[0] = (s[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    u1 = <double>(s[0] + 1) / 2147483649.0
    s[0] = (s[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return sqrt(-2.0 * log(u1)) * cos(2.0 * M_PI * <double>s[0] / 2147483648.0)


@cython_benchmark(args=(1000, 150, 0.2, 19))
def vasicek_portfolio_loss(int scenarios, int obligors, double rho, long seed):
    """Return (mean loss, 99% loss quantile, worst loss, histogram of losses in tenths)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int n = obligors if obligors > 0 else 0
    cdef int *expo = <int *>malloc((n + 1) * sizeof(int))
    cdef int *rating = <int *>malloc((n + 1) * sizeof(int))
    cdef long total_exposure = 0, loss, total_loss = 0, target, seen, worst = 0, q = 0
    cdef int i, s, k
    cdef double a = sqrt(rho), b = sqrt(1.0 - rho), z
    cdef long *counts = NULL
    cdef long hist[10]
    if expo == NULL or rating == NULL:
        free(expo); free(rating)
        raise MemoryError()
    try:
        for i in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            expo[i] = 1 + <int>((state >> 8) % 100)
            rating[i] = <int>((state >> 4) % 3)
            total_exposure += expo[i]
        if scenarios <= 0:
            return 0.0, 0, 0, [0] * 10
        counts = <long *>calloc(total_exposure + 1, sizeof(long))
        if counts == NULL:
            raise MemoryError()
        for k in range(10):
            hist[k] = 0
        for s in range(scenarios):
            z = normal(&state)
            loss = 0
            for i in range(n):
                if a * z + b * normal(&state) < THRESH[rating[i]]:
                    loss += expo[i]
            counts[loss] += 1
            total_loss += loss
            if loss > worst:
                worst = loss
            k = <int>(loss * 10 // (total_exposure if total_exposure > 0 else 1))
            hist[k if k < 9 else 9] += 1
        target = <long>(0.99 * (scenarios - 1))
        seen = 0
        for loss in range(total_exposure + 1):
            seen += counts[loss]
            if seen > target:
                q = loss
                break
        return total_loss / <double>scenarios, q, worst, [hist[k] for k in range(10)]
    finally:
        free(expo); free(rating); free(counts)
