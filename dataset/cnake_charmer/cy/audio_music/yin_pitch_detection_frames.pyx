# cython: language_level=3
"""YIN pitch estimation with typed memoryviews over preallocated double arrays.

Frame, difference and normalised-difference buffers are allocated once as
``cython.view.array`` objects and accessed through ``double[::1]`` memoryviews; the
O(window * lag) difference function, the cumulative normalisation and the dip
search run in a cdef nogil function.

Keywords: audio, pitch detection, yin, difference function, fundamental frequency, music
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sin, fabs, M_PI

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    WINDOW = 400
    MAX_LAG = 300


@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
cdef double yin_lag(double[::1] frame, double[::1] diff, double[::1] cmnd, double *dip) noexcept nogil:
    cdef int tau, j, best = -1
    cdef double total, delta, running = 0.0, a, b, c, denom, shift = 0.0
    for tau in range(1, MAX_LAG + 1):
        total = 0.0
        for j in range(WINDOW):
            delta = frame[j] - frame[j + tau]
            total += delta * delta
        diff[tau] = total
    cmnd[0] = 1.0
    for tau in range(1, MAX_LAG + 1):
        running += diff[tau]
        cmnd[tau] = diff[tau] * tau / running if running > 0.0 else 1.0
    for tau in range(2, MAX_LAG + 1):
        if cmnd[tau] < 0.15:
            while tau + 1 <= MAX_LAG and cmnd[tau + 1] < cmnd[tau]:
                tau += 1
            best = tau
            break
    if best < 0:
        best = 1
        for tau in range(2, MAX_LAG + 1):
            if cmnd[tau] < cmnd[best]:
                best = tau
    if 1 <= best < MAX_LAG:
        a = cmnd[best - 1]
        b = cmnd[best]
        c = cmnd[best + 1]
        denom = a - 2.0 * b + c
        if denom != 0.0:
            shift = 0.5 * (a - c) / denom
    dip[0] = cmnd[best]
    return best + shift


@cython_benchmark(args=(24, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def yin_pitch_detection_frames(int frames, long long seed):
    """Estimate pitch in `frames` generated frames; return estimates and accuracy."""
    cdef double[::1] frame = cvarray(shape=(WINDOW + MAX_LAG,), itemsize=sizeof(double), format="d")
    cdef double[::1] diff = cvarray(shape=(MAX_LAG + 1,), itemsize=sizeof(double), format="d")
    cdef double[::1] cmnd = cvarray(shape=(MAX_LAG + 1,), itemsize=sizeof(double), format="d")
    cdef long long state = seed
    cdef int f, j, hits = 0
    cdef double freq, amplitude, phase, noise, lag, dip, estimate
    cdef list estimates = [], aperiodicity = []
    for f in range(frames):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        freq = 80.0 + (state >> 16) % 520
        amplitude = 0.0 if f % 5 == 4 else 0.8
        with nogil:
            for j in range(WINDOW + MAX_LAG):
                phase = 2.0 * M_PI * freq * j / 22050.0
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                noise = (state >> 16) / 32768.0 - 0.5
                frame[j] = amplitude * (sin(phase) + 0.5 * sin(2.0 * phase) + 0.3 * sin(3.0 * phase)) + 0.05 * noise
            lag = yin_lag(frame, diff, cmnd, &dip)
        estimate = 22050.0 / lag
        estimates.append(estimate)
        aperiodicity.append(dip)
        if fabs(estimate - freq) < 0.01 * freq:
            hits += 1
    return hits, estimates, aperiodicity
