# cython: language_level=3
"""Biquad cascade with sections as C structs and an inline per-sample step.

Each section's coefficients and two state variables form a C struct in a fixed C
array; the per-sample cascade is an inline nogil function, and the output goes to a
cpython.array buffer viewed as a memoryview.

Keywords: iir filter, biquad, struct, inline, cpython array, nogil
"""

import cython
from cpython cimport array
import array as pyarray
from libc.math cimport sin, cos, sqrt, fabs, pow, M_PI

from cnake_charmer.benchmarks import cython_benchmark

cdef struct Biquad:
    double b0, b1, b2, a1, a2, s0, s1


@cython.cdivision(True)
cdef Biquad design(int kind, double f0, double q, double gain_db) noexcept nogil:
    cdef double w0 = 2 * M_PI * f0
    cdef double alpha = sin(w0) / (2 * q)
    cdef double cw = cos(w0), amp
    cdef double b0, b1, b2, a0, a1, a2
    cdef Biquad s
    if kind == 0:
        b0 = (1 - cw) / 2; b1 = 1 - cw; b2 = (1 - cw) / 2
        a0 = 1 + alpha; a1 = -2 * cw; a2 = 1 - alpha
    elif kind == 2:
        b0 = (1 + cw) / 2; b1 = -(1 + cw); b2 = (1 + cw) / 2
        a0 = 1 + alpha; a1 = -2 * cw; a2 = 1 - alpha
    else:
        amp = pow(10.0, gain_db / 40)
        b0 = 1 + alpha * amp; b1 = -2 * cw; b2 = 1 - alpha * amp
        a0 = 1 + alpha / amp; a1 = -2 * cw; a2 = 1 - alpha / amp
    s.b0 = b0 / a0; s.b1 = b1 / a0; s.b2 = b2 / a0; s.a1 = a1 / a0; s.a2 = a2 / a0
    s.s0 = 0.0; s.s1 = 0.0
    return s


cdef inline double step(Biquad *sec, int count, double x) noexcept nogil:
    cdef int k
    cdef double y
    for k in range(count):
        y = sec[k].b0 * x + sec[k].s0
        sec[k].s0 = sec[k].b1 * x - sec[k].a1 * y + sec[k].s1
        sec[k].s1 = sec[k].b2 * x - sec[k].a2 * y
        x = y
    return x


@cython_benchmark(args=(100000,))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def biquad_iir_cascade(int n):
    """Filter n samples through three biquads; return RMS, peak, final states and samples."""
    cdef Biquad sec[3]
    sec[0] = design(0, 0.2, 0.707, 0.0)
    sec[1] = design(1, 0.05, 2.0, 6.0)
    sec[2] = design(2, 0.01, 0.707, 0.0)
    if n < 0:
        n = 0
    cdef double[::1] out = array.clone(pyarray.array('d'), n, zero=False)
    cdef unsigned long long state = 31415
    cdef int i
    cdef double x, rms = 0.0, peak = 0.0
    with nogil:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            x = (1.0 if (i // 50) % 2 else -1.0) + 0.3 * (state / <double> 0x7FFFFFFF - 0.5)
            out[i] = step(sec, 3, x)
        for i in range(n):
            rms += out[i] * out[i]
            if fabs(out[i]) > peak:
                peak = fabs(out[i])
    rms = sqrt(rms / n) if n else 0.0
    return (rms, peak, [sec[0].s0, sec[0].s1, sec[1].s0, sec[1].s1, sec[2].s0, sec[2].s1],
            [out[i] for i in range(0, n, n // 6 if n // 6 > 1 else 1)])
