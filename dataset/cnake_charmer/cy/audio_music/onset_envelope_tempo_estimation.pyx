# cython: language_level=3
"""Tempo estimation by envelope autocorrelation, with C arrays and a C sort for ranking.

The envelope and autocorrelation live in calloc'd double arrays and the O(frames *
lag) autocorrelation runs nogil; the candidate lags are ranked with libc qsort
through a C comparison function over (score, lag) structs instead of a Python
sorted() with a lambda key.

Keywords: audio, tempo estimation, beat tracking, autocorrelation, onset envelope, bpm
"""

import cython
from libc.math cimport exp, log2, pow
from libc.stdlib cimport malloc, calloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    MIN_LAG = 25
    MAX_LAG = 150
    TOP_LAG = 604


cdef struct Candidate:
    double score
    int lag


cdef int compare_candidates(const void *pa, const void *pb) noexcept nogil:
    cdef const Candidate *a = <const Candidate *>pa
    cdef const Candidate *b = <const Candidate *>pb
    if a.score > b.score:
        return -1
    if a.score < b.score:
        return 1
    return a.lag - b.lag


@cython_benchmark(args=(4200, 117.0, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def onset_envelope_tempo_estimation(int frames, double bpm, long long seed):
    """Estimate the tempo of a generated onset envelope; return tempo and evidence."""
    cdef double *envelope = <double *>calloc(frames + 1, sizeof(double))
    cdef double acf[TOP_LAG + 1]
    cdef double scores[MAX_LAG + 2]
    cdef Candidate ranked[MAX_LAG - MIN_LAG + 1]
    cdef double period = 60.0 * 100.0 / bpm
    cdef long long state = seed
    cdef int beat = 0, position, jitter, j, lag, i, ghost, best
    cdef double strength, mean = 0.0, total, octave, prior, a, b, c, denom, refined
    try:
        if envelope == NULL:
            raise MemoryError()
        while True:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            jitter = <int>((state >> 16) % 3) - 1
            position = <int>(beat * period) + jitter
            if position >= frames:
                break
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if (state >> 16) % 100 >= 12 and position >= 0:
                strength = 1.0 if beat % 4 == 0 else 0.6
                for j in range(min(8, frames - position)):
                    envelope[position + j] += strength * pow(0.5, j)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if (state >> 16) % 100 < 30:
                ghost = position + 3 + <int>((state >> 20) % <int>period)
                if ghost < frames:
                    envelope[ghost] += 0.3
            beat += 1
        with nogil:
            for i in range(frames):
                mean += envelope[i]
            mean = mean / frames if frames else 0.0
            for i in range(frames):
                envelope[i] = envelope[i] - mean
            acf[0] = 0.0
            for lag in range(1, TOP_LAG + 1):
                total = 0.0
                for i in range(frames - lag):
                    total += envelope[i] * envelope[i + lag]
                acf[lag] = total / (frames - lag) if frames > lag else 0.0
            for lag in range(MIN_LAG - 1, MAX_LAG + 2):
                octave = log2(60.0 * 100.0 / lag / 120.0)
                prior = exp(-0.5 * (octave / 0.9) * (octave / 0.9))
                scores[lag] = prior * (acf[lag] + 0.5 * acf[2 * lag] + 0.25 * acf[4 * lag])
            for lag in range(MIN_LAG, MAX_LAG + 1):
                ranked[lag - MIN_LAG].score = scores[lag]
                ranked[lag - MIN_LAG].lag = lag
            qsort(ranked, MAX_LAG - MIN_LAG + 1, sizeof(Candidate), compare_candidates)
        best = ranked[0].lag
        a = scores[best - 1]
        b = scores[best]
        c = scores[best + 1]
        denom = a - 2.0 * b + c
        refined = best + (0.5 * (a - c) / denom if denom != 0.0 else 0.0)
        return (60.0 * 100.0 / refined, [ranked[0].lag, ranked[1].lag, ranked[2].lag],
                [acf[lag] for lag in range(0, TOP_LAG + 1, 37)])
    finally:
        free(envelope)
