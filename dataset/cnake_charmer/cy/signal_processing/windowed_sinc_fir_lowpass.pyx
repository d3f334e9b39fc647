# cython: language_level=3
"""Windowed-sinc FIR design and filtering with C arrays and a nogil FIR loop.

Coefficients and the input live in malloc'd double arrays; the causal FIR sum for each
output sample is a nogil loop over raw pointers in the Python side's order, and the
frequency-response check uses libm sin/cos/hypot directly.

Keywords: fir filter design, windowed sinc, malloc, nogil, libc math, cdivision
"""

import cython
from libc.math cimport sin, cos, sqrt, hypot, M_PI
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef double gain(const double *h, int taps, double f) noexcept nogil:
    cdef double re = 0.0, im = 0.0
    cdef int k
    for k in range(taps):
        re += h[k] * cos(2 * M_PI * f * k)
    for k in range(taps):
        im += h[k] * sin(2 * M_PI * f * k)
    return hypot(re, im)


@cython.cdivision(True)
cdef void fir(const double *h, int taps, const double *x, double *y, int n) noexcept nogil:
    cdef int i, k, top
    cdef double s
    for i in range(n):
        top = taps if taps < i + 1 else i + 1
        s = 0.0
        for k in range(top):
            s += h[k] * x[i - k]
        y[i] = s


@cython_benchmark(args=(12000, 101))
@cython.cdivision(True)
def windowed_sinc_fir_lowpass(int n, int taps):
    """Design a Blackman-windowed sinc low-pass and filter a two-tone signal of length n."""
    if n < 0:
        n = 0
    cdef double *h = <double *> malloc((taps + 1) * sizeof(double))
    cdef double *x = <double *> malloc((n + 1) * sizeof(double))
    cdef double *y = <double *> malloc((n + 1) * sizeof(double))
    cdef double fc = 0.1, mid = (taps - 1) / 2.0, t, sinc, window, dc = 0.0, rms = 0.0
    cdef int k, i
    if h == NULL or x == NULL or y == NULL:
        free(h); free(x); free(y)
        raise MemoryError()
    try:
        for k in range(taps):
            t = k - mid
            sinc = 2 * fc if t == 0 else sin(2 * M_PI * fc * t) / (M_PI * t)
            if taps > 1:
                window = (0.42 - 0.5 * cos(2 * M_PI * k / (taps - 1))
                          + 0.08 * cos(4 * M_PI * k / (taps - 1)))
            else:
                window = 1.0
            h[k] = sinc * window
            dc += h[k]
        for k in range(taps):
            h[k] = h[k] / dc
        with nogil:
            for i in range(n):
                x[i] = sin(2 * M_PI * 0.03 * i) + 0.7 * sin(2 * M_PI * 0.32 * i)
            fir(h, taps, x, y, n)
            for i in range(n):
                rms += y[i] * y[i]
        rms = sqrt(rms / n) if n else 0.0
        return (rms, gain(h, taps, 0.03), gain(h, taps, 0.32),
                [y[i] for i in range(0, n, n // 6 if n // 6 > 1 else 1)])
    finally:
        free(h); free(x); free(y)
