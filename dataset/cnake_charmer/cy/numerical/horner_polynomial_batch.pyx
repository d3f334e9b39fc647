# cython: language_level=3
"""Horner evaluation written once as a fused-type function for int64 and double.

A ctypedef fused type lets one cdef Horner routine compile into a modular int64
specialisation (with C remainder, safe because operands stay below 2^31 * 2^31) and a
double specialisation. Coefficients sit in a typed memoryview; everything runs nogil.

Keywords: polynomial evaluation, horner scheme, fused types, modular arithmetic, memoryview
"""

import cython
from cython.view cimport array as cvarray

from cnake_charmer.benchmarks import cython_benchmark

ctypedef fused scalar_t:
    long long
    double

cdef long long MOD = 1000000007


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef inline void horner(const long long[::1] coeffs, scalar_t x, scalar_t *value,
                        scalar_t *slope) noexcept nogil:
    cdef scalar_t v = 0, s = 0
    cdef Py_ssize_t i
    for i in range(coeffs.shape[0]):
        s = s * x + v
        v = v * x + <scalar_t> coeffs[i]
        if scalar_t is cython.longlong:
            s %= MOD
            if s < 0:
                s += MOD
            v %= MOD
            if v < 0:
                v += MOD
    value[0] = v
    slope[0] = s


@cython_benchmark(args=(40, 12000))
@cython.cdivision(True)
def horner_polynomial_batch(int degree, int m):
    """Evaluate p and p' at m integers (mod p) and m reals; return checksums and samples."""
    if degree < 0:
        degree = -1
    cdef Py_ssize_t ncoef = degree + 1 if degree + 1 > 0 else 0
    cdef long long[::1] coeffs
    cdef list samples = []
    cdef long long iv, islope, isum = 0, sslope = 0
    cdef double rv, rs, rsum = 0.0, rslope = 0.0
    cdef int i
    if ncoef > 0:
        coeffs = cvarray(shape=(ncoef,), itemsize=sizeof(long long), format="q")
    else:
        coeffs = cvarray(shape=(1,), itemsize=sizeof(long long), format="q")[:0]
    for i in range(ncoef):
        coeffs[i] = ((i * 37 + 11) % 19) - 9
    for i in range(m):
        horner[cython.longlong](coeffs, (<long long> i * 7919) % MOD, &iv, &islope)
        isum = (isum + iv) % MOD
        sslope = (sslope + islope) % MOD
    for i in range(m):
        horner[cython.double](coeffs, -1.0 + 2.0 * i / m, &rv, &rs)
        rsum += rv
        rslope += rs
        if i % 1000 == 0:
            samples.append(rv)
    return isum, sslope, rsum, rslope, samples
