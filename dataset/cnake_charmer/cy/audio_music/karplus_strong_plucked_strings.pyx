# cython: language_level=3
"""Karplus-Strong plucked strings with all delay lines pooled in one C buffer.

Each string is a C struct holding an offset into a single malloc'd double pool, its
length, read index and damping; the ring buffers replace a Python deque, the
render and rint-based PCM quantisation (round half to even, like Python's round)
run in a nogil block.

Keywords: audio, karplus strong, plucked string, delay line, physical modelling, synthesis
"""

import cython
from libc.math cimport rint
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct StringVoice:
    long offset
    long length
    long head
    double damping


@cython_benchmark(args=(64, 6000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def karplus_strong_plucked_strings(int plucks, int duration, long long seed):
    """Mix `plucks` strings, each ringing `duration` samples; return PCM statistics."""
    cdef double chord_roots[4]
    cdef double shape[6]
    chord_roots[:] = [110.0, 130.81, 98.0, 146.83]
    shape[:] = [1.0, 1.5, 2.0, 2.5198, 3.0, 4.0]
    cdef long total = (plucks - 1) * 600 + duration if plucks else 0
    cdef StringVoice *voices = <StringVoice *>malloc((plucks + 1) * sizeof(StringVoice))
    cdef double *mix = <double *>calloc(total + 1, sizeof(double))
    cdef double *pool = NULL
    cdef long pool_size = 0, p, t, i, j, length, onset, nxt
    cdef long long state
    cdef double freq, out
    cdef StringVoice *v
    cdef long long checksum = 0, tail_energy = 0
    cdef int pcm, peak = 0, crossings = 0, previous = 0
    cdef double scaled
    cdef list samples = []
    try:
        if voices == NULL or mix == NULL:
            raise MemoryError()
        for p in range(plucks):
            freq = chord_roots[(p // 6) % 4] * shape[p % 6]
            length = <long>(22050 / freq)
            if length < 2:
                length = 2
            voices[p].offset = pool_size
            voices[p].length = length
            voices[p].head = 0
            voices[p].damping = 0.996 - 0.002 * (p % 3)
            pool_size += length
        pool = <double *>malloc((pool_size + 1) * sizeof(double))
        if pool == NULL:
            raise MemoryError()
        with nogil:
            for p in range(plucks):
                v = &voices[p]
                state = seed + 97 * p
                for j in range(v.length):
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    pool[v.offset + j] = (state >> 8) / 8388608.0 - 0.5
                onset = p * 600
                for t in range(duration):
                    out = pool[v.offset + v.head]
                    nxt = v.head + 1
                    if nxt == v.length:
                        nxt = 0
                    pool[v.offset + v.head] = v.damping * 0.5 * (out + pool[v.offset + nxt])
                    v.head = nxt
                    mix[onset + t] += 0.4 * out
            for i in range(total):
                scaled = rint(mix[i] * 30000.0)
                if scaled > 32767.0:
                    scaled = 32767.0
                elif scaled < -32768.0:
                    scaled = -32768.0
                pcm = <int>scaled
                mix[i] = scaled
                checksum = (checksum * 131 + pcm) & 0xFFFFFFFFLL
                if pcm > peak:
                    peak = pcm
                elif -pcm > peak:
                    peak = -pcm
                if (previous < 0) != (pcm < 0):
                    crossings += 1
                previous = pcm
                if i >= total - duration // 4:
                    tail_energy += pcm * pcm
        for i in range(0, total, 1543):
            samples.append(<int>mix[i])
    finally:
        free(voices)
        free(mix)
        free(pool)
    return total, checksum, peak, crossings, tail_energy, samples
