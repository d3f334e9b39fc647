# cython: language_level=3
"""Durand-Kerner root finding on C double complex arrays without the GIL.

Roots live in a malloc'd array of C `double complex` values, and the Horner evaluation,
the product of differences and the updates are nogil C loops on native complex
arithmetic, replacing boxed Python complex objects. Complex division in C may round
slightly differently from CPython's algorithm, so values agree to rounding only.

Keywords: polynomial roots, durand kerner, double complex, malloc, nogil, cdivision
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from "complex.h" nogil:
    double cabs(double complex z)
    double creal(double complex z)
    double cimag(double complex z)


cdef inline double complex horner(const double *coeffs, int degree, double complex z) noexcept nogil:
    cdef double complex value = 0
    cdef int k
    for k in range(degree + 1):
        value = value * z + coeffs[k]
    return value


@cython.cdivision(True)
cdef int solve(const double *coeffs, int degree, double complex *roots) noexcept nogil:
    cdef int used = 0, it, i, j
    cdef double complex denom, step
    cdef double biggest, a
    for it in range(1, 501):
        used = it
        biggest = 0.0
        for i in range(degree):
            denom = 1
            for j in range(degree):
                if i != j:
                    denom = denom * (roots[i] - roots[j])
            step = horner(coeffs, degree, roots[i]) / denom
            roots[i] = roots[i] - step
            a = cabs(step)
            if a > biggest:
                biggest = a
        if biggest < 1e-12:
            break
    return used


@cython_benchmark(args=(150, 14))
def durand_kerner_polynomial_roots(int count, int degree):
    """Roots of `count` random monic polynomials of the given degree; return summaries."""
    if degree < 1:
        return [], []
    cdef double *coeffs = <double *> malloc((degree + 1) * sizeof(double))
    cdef double complex *roots = <double complex *> malloc(degree * sizeof(double complex))
    cdef double complex seed = 0.4 + 0.9j, total, power
    cdef long long state = 8888
    cdef int p, k, used
    cdef double biggest
    cdef list iterations = [], summaries = []
    if coeffs == NULL or roots == NULL:
        free(coeffs); free(roots)
        raise MemoryError()
    try:
        for p in range(count):
            coeffs[0] = 1.0
            for k in range(1, degree + 1):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                coeffs[k] = <double> (state % 11) - 5.0
            power = 1
            for k in range(degree):
                roots[k] = power
                power = power * seed
            with nogil:
                used = solve(coeffs, degree, roots)
                total = 0
                biggest = 0.0
                for k in range(degree):
                    total = total + roots[k]
                    if cabs(roots[k]) > biggest:
                        biggest = cabs(roots[k])
            iterations.append(used)
            if p < 8:
                summaries.append((round(creal(total), 6), round(cimag(total), 6), biggest))
        return iterations, summaries
    finally:
        free(coeffs); free(roots)
