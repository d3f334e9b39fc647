# cython: language_level=3
"""Logistic-map Lyapunov exponents from an inline nogil orbit function.

Each growth rate's orbit and its log-derivative sum are C doubles in an inline nogil
function calling libm log directly; the exponents are collected in a malloc'd buffer
inside a nogil loop before being turned into a list.

Keywords: logistic map, lyapunov exponent, inline, nogil, malloc, libc math
"""

import cython
from libc.math cimport log, fabs
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef inline double lyapunov(double r, int iterations) noexcept nogil:
    cdef double x = 0.5, acc = 0.0
    cdef int i
    for i in range(200):
        x = r * x * (1.0 - x)
    for i in range(iterations):
        x = r * x * (1.0 - x)
        acc += log(fabs(r * (1.0 - 2.0 * x)) + 1e-300)
    return acc / iterations if iterations else 0.0


@cython_benchmark(args=(300, 800))
@cython.cdivision(True)
def logistic_lyapunov_exponents(int n_rates, int iterations):
    """Lyapunov exponent estimate for n_rates growth rates."""
    if n_rates <= 0:
        return []
    cdef double *out = <double *> malloc(n_rates * sizeof(double))
    cdef int k
    if out == NULL:
        raise MemoryError()
    try:
        with nogil:
            for k in range(n_rates):
                out[k] = lyapunov(2.8 + 1.2 * k / n_rates, iterations)
        return [out[k] for k in range(n_rates)]
    finally:
        free(out)
