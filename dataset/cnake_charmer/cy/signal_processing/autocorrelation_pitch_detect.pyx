# cython: language_level=3
"""Autocorrelation pitch tracking over frame slices of a typed memoryview.

The whole signal is one cython.view array; each frame is a zero-copy slice of its
contiguous memoryview, and the energy and every lag's correlation are nogil loops with
C doubles, replacing the per-lag generator sums.

Keywords: pitch detection, autocorrelation, memoryview slice, cython view, nogil
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sin, M_PI

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    RATE = 8000


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef double frame_pitch(const double[::1] frame) noexcept nogil:
    cdef Py_ssize_t size = frame.shape[0], lag, t
    cdef Py_ssize_t min_lag = RATE // 400, max_lag = RATE // 80, best_lag = 0
    cdef double energy = 0.0, r, norm, best = 0.0
    if max_lag > size - 1:
        max_lag = size - 1
    for t in range(size):
        energy += frame[t] * frame[t]
    for lag in range(min_lag, max_lag + 1):
        r = 0.0
        for t in range(size - lag):
            r += frame[t] * frame[t + lag]
        norm = r / energy if energy > 0 else 0.0
        if norm > best:
            best = norm
            best_lag = lag
    return (<double> RATE) / best_lag if best > 0.3 and best_lag else 0.0


@cython_benchmark(args=(40, 400))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def autocorrelation_pitch_detect(int frames, int size):
    """Pitch (Hz) of each of `frames` frames of `size` samples, 0.0 if unvoiced."""
    cdef Py_ssize_t n = frames * size, i, f
    if n <= 0:
        return [0.0] * max(frames, 0) if size <= 0 else []
    cdef double[::1] signal = cvarray(shape=(n,), itemsize=sizeof(double), format="d")
    cdef long long state = 1111
    cdef double phase = 0.0, f0
    cdef list pitches = []
    for i in range(n):
        f0 = 110.0 + 110.0 * (0.5 + 0.5 * sin(2 * M_PI * i / n))
        phase += 2 * M_PI * f0 / RATE
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        signal[i] = (sin(phase) + 0.5 * sin(2 * phase) + 0.25 * sin(3 * phase)
                     + 0.1 * (state / <double> 0x7FFFFFFF - 0.5))
    for f in range(frames):
        pitches.append(frame_pitch(signal[f * size:(f + 1) * size]))
    return pitches
