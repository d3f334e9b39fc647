# cython: language_level=3
"""Benford leading-digit test using C math declared through cdef extern from.

floor, log10 and pow are declared straight from <math.h> with a cdef extern block
(marked nogil), and the digit extraction is an inline nogil function; histograms are
C long arrays, so the n-sample loop never touches Python objects.

Keywords: benford law, leading digit, extern from, math.h, c array, nogil
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from "math.h" nogil:
    double floor(double x)
    double log10(double x)
    double pow(double x, double y)
    double fabs(double x)


@cython.cdivision(True)
cdef inline int leading_digit(double x) noexcept nogil:
    cdef int digit = <int> (x / pow(10.0, floor(log10(x))))
    return 1 if digit < 1 else (9 if digit > 9 else digit)


@cython.cdivision(True)
cdef tuple compare(long *counts):
    cdef long total = 0
    cdef int d
    cdef double chi2 = 0.0, mad = 0.0, expected
    for d in range(9):
        total += counts[d]
    if total == 0:
        return 0.0, 0.0
    for d in range(1, 10):
        expected = log10(1 + 1 / <double> d)
        chi2 += pow(counts[d - 1] - total * expected, 2.0) / (total * expected)
        mad += fabs(counts[d - 1] / <double> total - expected)
    return chi2, mad / 9


@cython_benchmark(args=(150000,))
@cython.cdivision(True)
def benford_first_digit_test(int n):
    """Leading-digit histograms and Benford statistics for n products and n uniforms."""
    cdef long products[9]
    cdef long uniforms[9]
    cdef unsigned long long state = 1234
    cdef double product = 1.0, u
    cdef int i
    for i in range(9):
        products[i] = 0
        uniforms[i] = 0
    with nogil:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            u = (state + 1) / <double> 0x80000000
            product *= 0.5 + 9.5 * u
            if product > 1e200:
                product *= 1e-200
            products[leading_digit(product) - 1] += 1
            uniforms[leading_digit(1.0 + 998.0 * u) - 1] += 1
    return ([products[i] for i in range(9)], [uniforms[i] for i in range(9)],
            compare(products), compare(uniforms))
