# cython: language_level=3
"""Two-operator FM synthesis with ADSR envelopes, rendered from a C struct array.

Notes live in a malloc'd array of C structs, the envelope is a cdef inline nogil
function and the whole render (libc sin) plus the PCM quantisation loop run
without the GIL over a double buffer; only the result list touches Python.

Keywords: audio, fm synthesis, adsr envelope, oscillator, pcm, music synthesis
"""

import cython
from libc.math cimport sin, exp, log, M_PI
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef double SAMPLE_RATE = 22050.0
cdef double TWO_PI = 2.0 * M_PI


cdef struct Note:
    long start
    long length
    double freq
    double ratio
    double index
    double velocity


cdef inline double held_level(long t, long attack, long decay, double sustain) noexcept nogil:
    if t < attack:
        return <double>t / attack
    if t < attack + decay:
        return 1.0 - (1.0 - sustain) * (t - attack) / <double>decay
    return sustain


@cython_benchmark(args=(64, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def fm_synthesis_adsr_notes(int count, long long seed):
    """Render `count` FM notes and return PCM statistics."""
    cdef long attack = 300, decay = 900, release = 1200
    cdef double sustain = 0.6
    cdef double ratios[5]
    ratios[0] = 1.0; ratios[1] = 2.0; ratios[2] = 3.0; ratios[3] = 0.5; ratios[4] = 1.5
    cdef Note *notes = <Note *>malloc((count + 1) * sizeof(Note))
    cdef double *mix = NULL
    cdef long long state = seed
    cdef long start = 0, total = 0, t, i, midi, end
    cdef int k
    cdef double env, off_level, carrier, modulator, scaled
    cdef Note *nt
    cdef long long checksum = 0, energy = 0
    cdef int pcm, peak = 0, clipped = 0
    cdef list samples = []
    if notes == NULL:
        raise MemoryError()
    try:
        for k in range(count):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            midi = 48 + (state >> 16) % 30
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            notes[k].length = 1500 + (state >> 16) % 4000
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            notes[k].ratio = ratios[(state >> 16) % 5]
            notes[k].freq = 440.0 * exp((midi - 69) * log(2.0) / 12.0)
            notes[k].index = 1.0 + (state >> 20) % 6
            notes[k].velocity = 0.3 + (state >> 24) % 5 * 0.1
            notes[k].start = start
            start += notes[k].length // 2 + 200
            end = notes[k].start + notes[k].length + release
            if end > total:
                total = end
        mix = <double *>calloc(total + 1, sizeof(double))
        if mix == NULL:
            raise MemoryError()
        with nogil:
            for k in range(count):
                nt = &notes[k]
                off_level = held_level(nt.length, attack, decay, sustain)
                for t in range(nt.length + release):
                    if t < nt.length:
                        env = held_level(t, attack, decay, sustain)
                    else:
                        env = off_level * (1.0 - (t - nt.length) / <double>release)
                    carrier = TWO_PI * nt.freq * t / SAMPLE_RATE
                    modulator = TWO_PI * nt.freq * nt.ratio * t / SAMPLE_RATE
                    mix[nt.start + t] += env * nt.velocity * sin(carrier + nt.index * env * sin(modulator))
            for i in range(total):
                scaled = mix[i] * 20000.0
                if scaled > 32767.0:
                    pcm = 32767
                    clipped += 1
                elif scaled < -32768.0:
                    pcm = -32768
                    clipped += 1
                else:
                    pcm = <int>scaled
                checksum = (checksum * 31 + pcm + 32768) % 4294967291LL
                if pcm > peak:
                    peak = pcm
                elif -pcm > peak:
                    peak = -pcm
                energy += pcm * pcm
        for i in range(0, total, 997):
            scaled = mix[i] * 20000.0
            samples.append(32767 if scaled > 32767.0 else (-32768 if scaled < -32768.0 else <int>scaled))
    finally:
        free(notes)
        free(mix)
    return total, checksum, peak, clipped, energy, samples
