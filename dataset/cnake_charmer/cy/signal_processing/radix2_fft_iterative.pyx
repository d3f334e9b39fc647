# cython: language_level=3
"""Iterative radix-2 FFT on split real/imaginary C arrays.

The complex signal is stored as two malloc'd double arrays; the bit-reversal pass and
the butterflies are nogil C loops with precomputed per-stage twiddles from libm
cos/sin. Twiddles are generated directly rather than by repeated complex powers, so
values agree with the Python side to rounding (tolerance 1e-9 holds easily).

Keywords: fft, radix 2, bit reversal, butterfly, malloc, nogil
"""

import cython
from libc.math cimport sin, cos, exp, hypot, fabs, M_PI
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef void fft(double *re, double *im, double *wr, double *wi, int n, double sign) noexcept nogil:
    cdef int i, j = 0, bit, size, half, start, k
    cdef double t, ur, ui, vr, vi, ang
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j |= bit
        if i < j:
            t = re[i]; re[i] = re[j]; re[j] = t
            t = im[i]; im[i] = im[j]; im[j] = t
    size = 2
    while size <= n:
        half = size // 2
        for k in range(half):
            ang = sign * 2.0 * M_PI * k / size
            wr[k] = cos(ang)
            wi[k] = sin(ang)
        start = 0
        while start < n:
            for k in range(half):
                ur = re[start + k]
                ui = im[start + k]
                vr = re[start + k + half] * wr[k] - im[start + k + half] * wi[k]
                vi = re[start + k + half] * wi[k] + im[start + k + half] * wr[k]
                re[start + k] = ur + vr
                im[start + k] = ui + vi
                re[start + k + half] = ur - vr
                im[start + k + half] = ui - vi
            start += size
        size *= 2


@cython_benchmark(args=(13,))
@cython.cdivision(True)
def radix2_fft_iterative(int p):
    """FFT of a 2^p-sample signal; return top bins, magnitudes, round-trip check and sum."""
    cdef int n = 1 << p, t, k
    cdef double *buf = <double *> malloc(6 * n * sizeof(double))
    cdef double *x = buf
    cdef double *re = buf + n
    cdef double *im = buf + 2 * n
    cdef double *wr = buf + 3 * n
    cdef double *wi = buf + 4 * n
    cdef double *mag = buf + 5 * n
    cdef double error = 0.0, e, total = 0.0
    if buf == NULL:
        raise MemoryError()
    try:
        with nogil:
            for t in range(n):
                x[t] = (sin(2 * M_PI * 37 * t / n) + 0.5 * cos(2 * M_PI * 101 * t / n)
                        + exp(-t / 50.0))
                re[t] = x[t]
                im[t] = 0.0
            fft(re, im, wr, wi, n, -1.0)
            for k in range(n // 2 + 1):
                mag[k] = hypot(re[k], im[k])
        top = sorted(range(n // 2 + 1), key=lambda j: (-mag[j], j))[:4]
        mags = [mag[j] for j in top]
        with nogil:
            fft(re, im, wr, wi, n, 1.0)
            for t in range(n):
                e = hypot(re[t] / n - x[t], im[t] / n)
                if e > error:
                    error = e
                total += re[t] / n
        return top, mags, error < 1e-9, total
    finally:
        free(buf)
