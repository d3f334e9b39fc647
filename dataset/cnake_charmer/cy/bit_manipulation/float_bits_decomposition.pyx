# cython: language_level=3
"""IEEE-754 field extraction through a C union instead of struct pack/unpack.

A union of double and uint64_t reinterprets the bits in place (no bytes objects),
the fields come out with shifts and masks on uint64_t, and rebuilding writes the
integer member and reads the double back; pow from libc.math reproduces the
10.0 ** scale factor exactly.

Keywords: IEEE 754, floating point, bit fields, struct, ULP distance
"""

import cython
from libc.stdint cimport uint64_t
from libc.math cimport pow

from cnake_charmer.benchmarks import cython_benchmark


cdef union Bits:
    double d
    uint64_t u


@cython_benchmark(args=(100000, 6))
@cython.cdivision(True)
def float_bits_decomposition(long n, long long seed):
    """Return ([zero, subnormal, normal, special] counts, min exponent, max exponent, round-trip failures, ULP checksum)."""
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long classes[4]
    cdef long i, failures = 0
    cdef int lo_exp = 2048, hi_exp = -1, scale
    cdef long long ulp_sum = 0
    cdef uint64_t sign, exponent, mantissa, prev_bits = 0, diff
    cdef double mant, x
    cdef Bits b, r
    classes[0] = classes[1] = classes[2] = classes[3] = 0
    for i in range(n):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        mant = state / 2147483648.0
        scale = <int>((state >> 3) % 40) - 20
        if i % 97 == 0:
            x = 0.0 if i % 2 else -0.0
        elif i % 89 == 0:
            x = mant * 1e-310
        else:
            x = (mant + 0.5) * pow(10.0, scale) * (-1.0 if state & 4 else 1.0)
        b.d = x
        sign = b.u >> 63
        exponent = (b.u >> 52) & 0x7FF
        mantissa = b.u & (((<uint64_t>1) << 52) - 1)
        if exponent == 0:
            classes[0 if mantissa == 0 else 1] += 1
        elif exponent == 0x7FF:
            classes[3] += 1
        else:
            classes[2] += 1
            if <int>exponent < lo_exp:
                lo_exp = <int>exponent
            if <int>exponent > hi_exp:
                hi_exp = <int>exponent
        r.u = (sign << 63) | (exponent << 52) | mantissa
        if r.d != x:
            failures += 1
        if i > 0:
            diff = b.u - prev_bits if b.u >= prev_bits else prev_bits - b.u
            ulp_sum = (ulp_sum + <long long>(diff % 1000003)) % 1000000007
        prev_bits = b.u
    return [classes[0], classes[1], classes[2], classes[3]], lo_exp, hi_exp, failures, ulp_sum
