# cython: language_level=3
"""Subtractive synthesiser with a C-struct state-variable filter updated through a pointer.

The filter state is a C struct passed by pointer to a cdef inline nogil routine;
PolyBLEP is a cdef inline function, and oscillator, envelopes and the rint-based
PCM quantisation all run in typed C locals inside a nogil block.

Keywords: audio, subtractive synthesis, state variable filter, polyblep, sawtooth, envelope
"""

import cython
from libc.math cimport sin, exp, log, rint, M_PI

from cnake_charmer.benchmarks import cython_benchmark


cdef struct SVF:
    double low
    double band
    double damping


cdef inline double poly_blep(double t, double dt) noexcept nogil:
    cdef double x
    if t < dt:
        x = t / dt
        return x + x - x * x - 1.0
    if t > 1.0 - dt:
        x = (t - 1.0) / dt
        return x * x + x + x + 1.0
    return 0.0


cdef inline double svf_process(SVF *s, double x, double cutoff) noexcept nogil:
    cdef double f = 2.0 * sin(M_PI * cutoff / 22050.0)
    cdef double high
    s.low += f * s.band
    high = x - s.low - s.damping * s.band
    s.band += f * high
    return s.low


@cython_benchmark(args=(64, 2200, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def subtractive_synth_svf_filter(int notes, int note_length, long long seed):
    """Play `notes` notes of `note_length` samples; return PCM and filter statistics."""
    cdef SVF svf
    svf.low = 0.0
    svf.band = 0.0
    svf.damping = 1.0 / 4.0
    cdef long long state = seed, checksum = 0
    cdef double phase = 0.0, freq, dt, filter_env, saw, blep, amp, cutoff, out, scaled
    cdef double band_energy = 0.0
    cdef long corrections = 0
    cdef int n, t, midi, pcm, peak = 0
    cdef list samples = []
    for n in range(notes):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        midi = 33 + (state >> 16) % 24
        freq = 440.0 * exp((midi - 69) / 12.0 * log(2.0))
        dt = freq / 22050.0
        filter_env = 1.0
        with nogil:
            for t in range(note_length):
                saw = 2.0 * phase - 1.0
                blep = poly_blep(phase, dt)
                if blep != 0.0:
                    corrections += 1
                saw -= blep
                phase += dt
                if phase >= 1.0:
                    phase -= 1.0
                if t < 40:
                    amp = t / 40.0
                else:
                    amp = exp(-(t - 40) / 6000.0)
                cutoff = 120.0 + 3000.0 * filter_env
                filter_env *= 0.9993
                out = svf_process(&svf, saw * amp, cutoff)
                band_energy += svf.band * svf.band
                scaled = rint(out * 12000.0)
                if scaled > 32767.0:
                    scaled = 32767.0
                elif scaled < -32768.0:
                    scaled = -32768.0
                pcm = <int>scaled
                checksum = (checksum * 257 + pcm) % 2147483647
                if checksum < 0:
                    checksum += 2147483647
                if pcm > peak:
                    peak = pcm
                elif -pcm > peak:
                    peak = -pcm
                if (n * note_length + t) % 2503 == 0:
                    with gil:
                        samples.append(pcm)
    return checksum, peak, round(band_energy, 6), corrections, samples
