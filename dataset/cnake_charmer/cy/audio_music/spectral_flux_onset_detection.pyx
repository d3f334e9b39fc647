# cython: language_level=3
"""Spectral-flux onset detection with C twiddle tables and a nogil DFT kernel.

Window and twiddle tables are fixed C arrays, the per-frame DFT multiplies through a
running table index (k*n mod FRAME incremented instead of recomputed) and the
previous/current magnitude spectra swap as two C arrays by pointer exchange; the
hit and flux buffers are malloc'd and freed in try/finally.

Keywords: audio, onset detection, spectral flux, dft, hann window, beat analysis, transients
"""

import cython
from libc.math cimport sin, cos, exp, sqrt, fabs, M_PI
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    FRAME = 256
    HOP = 128
    BINS = 129


@cython_benchmark(args=(44, 23))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def spectral_flux_onset_detection(int frames, long long seed):
    """Detect onsets over `frames` hops of a generated track; return onsets and flux."""
    cdef long length = frames * HOP + FRAME if frames else 0
    cdef double window[FRAME]
    cdef double cos_table[FRAME]
    cdef double sin_table[FRAME]
    cdef double chunk[FRAME]
    cdef double spec_a[BINS]
    cdef double spec_b[BINS]
    cdef double *previous = spec_a
    cdef double *current = spec_b
    cdef double *swap
    cdef double *signal = <double *>calloc(length + 1, sizeof(double))
    cdef double *flux = <double *>malloc((frames + 1) * sizeof(double))
    cdef long *hits = <long *>malloc((length // 450 + 2) * sizeof(long))
    cdef long long state = seed
    cdef long position = 200, t, i, limit
    cdef int nhits = 0, f, k, n, idx, j, lo, hi, found = 0, h
    cdef double freq, re, im, rise, local, centre
    cdef list onsets = []
    try:
        if signal == NULL or flux == NULL or hits == NULL:
            raise MemoryError()
        while position < length:
            hits[nhits] = position
            nhits += 1
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            freq = 300.0 + (state >> 16) % 2000
            limit = length - position
            if limit > 900:
                limit = 900
            for t in range(limit):
                signal[position + t] += 0.8 * exp(-t / 120.0) * sin(2.0 * M_PI * freq * t / 8000.0)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            position += 450 + (state >> 16) % 700
        for i in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            signal[i] += 0.01 * ((state >> 16) / 32768.0 - 0.5)
        for n in range(FRAME):
            window[n] = 0.5 - 0.5 * cos(2.0 * M_PI * n / FRAME)
            cos_table[n] = cos(2.0 * M_PI * n / FRAME)
            sin_table[n] = sin(2.0 * M_PI * n / FRAME)
        for k in range(BINS):
            previous[k] = 0.0
        with nogil:
            for f in range(frames):
                for n in range(FRAME):
                    chunk[n] = signal[f * HOP + n] * window[n]
                for k in range(BINS):
                    re = 0.0
                    im = 0.0
                    idx = 0
                    for n in range(FRAME):
                        re += chunk[n] * cos_table[idx]
                        im -= chunk[n] * sin_table[idx]
                        idx += k
                        if idx >= FRAME:
                            idx -= FRAME
                    current[k] = sqrt(re * re + im * im)
                rise = 0.0
                for k in range(BINS):
                    if current[k] > previous[k]:
                        rise += current[k] - previous[k]
                flux[f] = rise
                swap = previous
                previous = current
                current = swap
        for i in range(1, frames - 1):
            lo = i - 4 if i >= 4 else 0
            hi = i + 5 if i + 5 < frames else frames
            local = 0.0
            for j in range(lo, hi):
                local += flux[j]
            local /= hi - lo
            if flux[i] > flux[i - 1] and flux[i] >= flux[i + 1] and flux[i] > 1.3 * local + 0.05:
                onsets.append(i)
        for h in range(nhits):
            centre = (hits[h] - FRAME // 2) / <double>HOP
            for j in onsets:
                if fabs(j - centre) <= 2.0:
                    found += 1
                    break
        return onsets, nhits, found, [round(flux[f], 9) for f in range(frames)]
    finally:
        free(signal)
        free(flux)
        free(hits)
