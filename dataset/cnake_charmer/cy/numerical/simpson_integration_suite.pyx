# cython: language_level=3
"""Composite Simpson's rule over four integrands via C function pointers.

The integrands are nogil C functions selected through a function-pointer table, so the
sampling loop is a tight C loop calling libm directly with no Python float boxing and
no lambda dispatch.

Keywords: numerical integration, simpson, quadrature, function pointer, libc math
"""

import cython
from libc.math cimport sin, exp, sqrt, log1p, M_PI

from cnake_charmer.benchmarks import cython_benchmark

ctypedef double (*integrand_t)(double) noexcept nogil


cdef double f_sin(double x) noexcept nogil:
    return sin(x)


cdef double f_gauss(double x) noexcept nogil:
    return exp(-x * x)


cdef double f_cauchy(double x) noexcept nogil:
    return 1.0 / (1.0 + x * x)


cdef double f_sqrtlog(double x) noexcept nogil:
    return sqrt(x) * log1p(x)


@cython.cdivision(True)
cdef double simpson(integrand_t f, double a, double b, int n) noexcept nogil:
    cdef double h = (b - a) / n
    cdef double odd = 0.0, even = 0.0
    cdef int i
    for i in range(1, n, 2):
        odd += f(a + i * h)
    for i in range(2, n, 2):
        even += f(a + i * h)
    return h / 3.0 * (f(a) + f(b) + 4.0 * odd + 2.0 * even)


@cython_benchmark(args=(120000,))
def simpson_integration_suite(int n):
    """Integrate four test functions with n Simpson sub-intervals."""
    if n < 2:
        n = 2
    if n % 2:
        n += 1
    cdef integrand_t funcs[4]
    cdef double lo[4]
    cdef double hi[4]
    cdef double out[4]
    cdef int k
    funcs[0] = f_sin; lo[0] = 0.0; hi[0] = M_PI
    funcs[1] = f_gauss; lo[1] = -3.0; hi[1] = 3.0
    funcs[2] = f_cauchy; lo[2] = 0.0; hi[2] = 1.0
    funcs[3] = f_sqrtlog; lo[3] = 0.0; hi[3] = 2.0
    with nogil:
        for k in range(4):
            out[k] = simpson(funcs[k], lo[k], hi[k], n)
    return (out[0], out[1], out[2], out[3])
