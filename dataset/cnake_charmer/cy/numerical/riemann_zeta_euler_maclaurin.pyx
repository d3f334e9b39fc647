# cython: language_level=3
"""Euler-Maclaurin zeta with a shared table of logarithms and exp instead of pow.

log k is computed once into a malloc'd table shared by every s, and each term k^-s
becomes exp(-s log k), which is much cheaper than a general pow (the values agree to a
few ulp, well inside the tolerance). The Bernoulli tail uses a C array; all loops are
nogil C code.

Keywords: riemann zeta, euler maclaurin, lookup table, libc math, c array, malloc
"""

import cython
from libc.math cimport pow, exp, log
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef double BERN[6]
BERN[0] = 1 / 12.0
BERN[1] = -1 / 720.0
BERN[2] = 1 / 30240.0
BERN[3] = -1 / 1209600.0
BERN[4] = 1 / 47900160.0
BERN[5] = -691 / 1307674368000.0


@cython.cdivision(True)
cdef void zeta(double s, int n_terms, const double *logs, double *corrected,
               double *raw) noexcept nogil:
    cdef double partial = 0.0, tail, rising, power, nn = n_terms
    cdef int k, j
    for k in range(1, n_terms):
        partial += exp(-s * logs[k])
    raw[0] = partial + pow(nn, -s)
    tail = pow(nn, 1.0 - s) / (s - 1.0) + 0.5 * pow(nn, -s)
    rising = s
    power = pow(nn, -s - 1.0)
    for j in range(6):
        tail += BERN[j] * rising * power
        rising *= (s + 2 * j + 1) * (s + 2 * j + 2)
        power /= <double> (<long long> n_terms * n_terms)
    corrected[0] = partial + tail


@cython_benchmark(args=(400, 600))
@cython.cdivision(True)
def riemann_zeta_euler_maclaurin(int n_s, int n_terms):
    """(corrected, raw partial sum) of zeta(s) for n_s values of s in (1.1, 6]."""
    if n_terms < 1 or n_s <= 0:
        return []
    cdef double *logs = <double *> malloc(n_terms * sizeof(double))
    cdef double corr, raw
    cdef int i
    cdef list out = []
    if logs == NULL:
        raise MemoryError()
    try:
        for i in range(n_terms):
            logs[i] = log(<double> i) if i > 0 else 0.0
        for i in range(n_s):
            zeta(1.1 + 4.9 * (i + 1) / n_s, n_terms, logs, &corr, &raw)
            out.append((corr, raw))
        return out
    finally:
        free(logs)
