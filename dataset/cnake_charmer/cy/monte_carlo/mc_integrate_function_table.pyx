# cython: language_level=3
"""Monte Carlo integration through a table of C function pointers.

The integrands are ``noexcept nogil`` cdef functions stored in an array of
``double (*)(double)`` pointers, so the inner loop calls C code directly instead of
Python lambdas; libc.math supplies sin, exp and sqrt.

Keywords: monte carlo, integration, common random numbers, lcg, numerical
"""

from libc.math cimport sin, exp, sqrt, M_PI

from cnake_charmer.benchmarks import cython_benchmark

ctypedef double (*integrand_t)(double) noexcept nogil



cdef double f_square(double x) noexcept nogil:
    return x * x

cdef double f_sine(double x) noexcept nogil:
    return sin(M_PI * x)

cdef double f_decay(double x) noexcept nogil:
    return exp(-x)

cdef double f_lorentz(double x) noexcept nogil:
    return 1.0 / (1.0 + x * x)

cdef double f_root(double x) noexcept nogil:
    return sqrt(x)


@cython_benchmark(args=(60000, 31))
def mc_integrate_function_table(long n, long seed):
    """Return the n-sample mean of each integrand over [0, 1]."""
    cdef integrand_t table[5]
    cdef double sums[5]
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef double x
    cdef long i
    cdef int k
    table[0] = f_square
    table[1] = f_sine
    table[2] = f_decay
    table[3] = f_lorentz
    table[4] = f_root
    for k in range(5):
        sums[k] = 0.0
    with nogil:
        for i in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            x = <double>state / 2147483648.0
            for k in range(5):
                sums[k] += table[k](x)
    return [sums[k] / n if n > 0 else 0.0 for k in range(5)]
