# cython: language_level=3
"""Decimating FIR over contiguous memoryviews, touching only retained outputs.

Coefficients, input and output are C-contiguous double memoryviews on cython.view
arrays; the decimating loop steps the output index by M and runs the dot product over
the valid tap range directly (no per-tap bounds test), all inside nogil helpers.

Keywords: decimation, multirate, fir filter, memoryview, cython view, nogil
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sin, cos, M_PI

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void decimate(const double[::1] h, const double[::1] x, double[::1] y, Py_ssize_t m) noexcept nogil:
    cdef Py_ssize_t taps = h.shape[0], n = x.shape[0], j, k, out = 0, top
    cdef double s
    j = 0
    while j < n:
        top = taps if taps < j + 1 else j + 1
        s = 0.0
        for k in range(top):
            s += h[k] * x[j - k]
        y[out] = s
        out += 1
        j += m


@cython_benchmark(args=(50000, 4, 63))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def polyphase_decimator(int n, int m, int taps):
    """Decimate n samples by m through a taps-long anti-alias FIR; summarise the output."""
    if m < 1 or taps < 1 or n <= 0:
        return 0, 0.0, 0.0, []
    cdef Py_ssize_t ny = (n + m - 1) // m, k, i
    cdef double[::1] h = cvarray(shape=(taps,), itemsize=sizeof(double), format="d")
    cdef double[::1] x = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef double[::1] y = cvarray(shape=(ny,), itemsize=sizeof(double), format="d")
    cdef double cutoff = 0.5 / m, mid = (taps - 1) / 2.0, t, sinc, window, gain = 0.0
    cdef double probe_low = 0.0, probe_high = 0.0
    for k in range(taps):
        t = k - mid
        sinc = 2 * cutoff if t == 0 else sin(2 * M_PI * cutoff * t) / (M_PI * t)
        window = 0.5 - 0.5 * cos(2 * M_PI * (k + 1) / (taps + 1))
        h[k] = sinc * window
        gain += h[k]
    for k in range(taps):
        h[k] = h[k] / gain
    with nogil:
        for i in range(n):
            x[i] = sin(2 * M_PI * 0.01 * i) + sin(2 * M_PI * 0.45 * i)
        decimate(h, x, y, m)
        for i in range(ny):
            probe_low += y[i] * sin(2 * M_PI * 0.01 * m * i)
        for i in range(ny):
            probe_high += y[i] * sin(2 * M_PI * 0.45 * m * i)
    return ny, probe_low / ny, probe_high / ny, [y[i] for i in range(0, ny, ny // 6 if ny // 6 > 1 else 1)]
