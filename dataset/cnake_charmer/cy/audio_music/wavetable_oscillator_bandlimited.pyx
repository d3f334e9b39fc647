# cython: language_level=3
"""Band-limited wavetable oscillator reading a 2-D C array of tables.

The eight octave tables live in one fixed-size ``double[8][1024]`` array filled with
libc sin; the sweep, the octave lookup and the interpolation (a cdef inline
function over a raw row pointer) run in a nogil loop with a C phase accumulator.

Keywords: audio, wavetable synthesis, oscillator, band limited, linear interpolation, aliasing
"""

import cython
from libc.math cimport sin, exp, log, fabs, M_PI

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    TABLE_SIZE = 1024
    OCTAVES = 8


cdef inline double interpolate(const double *table, double phase) noexcept nogil:
    cdef int i = <int>phase
    cdef double frac = phase - i
    cdef double a = table[i]
    cdef double b = table[(i + 1) % TABLE_SIZE]
    return a + frac * (b - a)


@cython_benchmark(args=(90000, 30.0))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def wavetable_oscillator_bandlimited(long n, double base_freq):
    """Sweep n samples upward from base_freq; return PCM statistics and table switches."""
    cdef double tables[OCTAVES][TABLE_SIZE]
    cdef double tops[OCTAVES]
    cdef double sample_rate = 22050.0, value, peak_v, rate, phase = 0.0, freq
    cdef int octave, k, i, h, harmonics, current = -1, pcm, peak = 0
    cdef long t
    cdef long long checksum = 0
    cdef list switches = [], samples = []
    for octave in range(OCTAVES):
        tops[octave] = 20.0 * 2.0 ** (octave + 1)
        harmonics = <int>(sample_rate / 2.0 / tops[octave])
        if harmonics > 64:
            harmonics = 64
        if harmonics < 1:
            harmonics = 1
        peak_v = 0.0
        for i in range(TABLE_SIZE):
            value = 0.0
            for h in range(1, harmonics + 1):
                value += sin(2.0 * M_PI * h * i / TABLE_SIZE) / h
            tables[octave][i] = value
            if fabs(value) > peak_v:
                peak_v = fabs(value)
        for i in range(TABLE_SIZE):
            tables[octave][i] = tables[octave][i] / peak_v
    rate = log(256.0) / (n if n > 1 else 1)
    for t in range(n):
        freq = base_freq * exp(rate * t) * (1.0 + 0.01 * sin(2.0 * M_PI * 5.0 * t / sample_rate))
        octave = OCTAVES - 1
        for k in range(OCTAVES):
            if freq <= tops[k]:
                octave = k
                break
        if octave != current:
            switches.append(t)
            current = octave
        value = interpolate(tables[octave], phase)
        phase += freq * TABLE_SIZE / sample_rate
        while phase >= TABLE_SIZE:
            phase -= TABLE_SIZE
        pcm = <int>(value * 16000.0)
        checksum = (checksum * 33 + (pcm & 0xFFFF)) % 1000000007
        if pcm > peak:
            peak = pcm
        elif -pcm > peak:
            peak = -pcm
        if t % 3001 == 0:
            samples.append(pcm)
    return checksum, peak, len(switches), switches, samples
