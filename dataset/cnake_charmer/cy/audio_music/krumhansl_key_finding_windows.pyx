# cython: language_level=3
"""Krumhansl-Schmuckler key finding with C profile tables and a ring-buffered window.

The 24 rotated profiles are built once into a ``double[24][12]`` C table, the notes of
the piece are packed into a struct array, the window histogram is an ``int[12]``
updated incrementally and the Pearson correlations are a cdef inline nogil function
over C arrays, so the whole scan runs without the GIL.

Keywords: music theory, key detection, krumhansl schmuckler, pitch class profile, correlation, tonality
"""

import cython
from libc.math cimport sqrt
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef double[12] MAJOR = [6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88]
cdef double[12] MINOR = [6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17]
cdef int[7] MAJOR_SCALE = [0, 2, 4, 5, 7, 9, 11]
cdef int[7] MINOR_SCALE = [0, 2, 3, 5, 7, 8, 10]
cdef int[7] DEGREE_WEIGHTS = [5, 1, 3, 2, 4, 1, 1]


cdef struct NoteEvent:
    int pc
    int duration
    int key


cdef inline double pearson(const int *xs, const double *ys) noexcept nogil:
    cdef double mx = 0.0, my = 0.0, sxy = 0.0, sxx = 0.0, syy = 0.0, dx, dy
    cdef int i
    for i in range(12):
        mx += xs[i]
        my += ys[i]
    mx /= 12.0
    my /= 12.0
    for i in range(12):
        dx = xs[i] - mx
        dy = ys[i] - my
        sxy += dx * dy
        sxx += dx * dx
        syy += dy * dy
    return sxy / sqrt(sxx * syy) if sxx > 0.0 else 0.0


@cython_benchmark(args=(2600, 19))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def krumhansl_key_finding_windows(int n, long long seed):
    """Track the key of an n-note generated piece; return accuracy and detections."""
    cdef double profiles[24][12]
    cdef double scores[24]
    cdef int histogram[12]
    cdef long tonics[24]
    cdef NoteEvent *notes = <NoteEvent *>malloc((n + 1) * sizeof(NoteEvent))
    cdef long long state = seed
    cdef int i, k, pc, r, degree, key = 0, best, previous = -1, correct = 0, changes = 0
    cdef const int *scale
    cdef list samples = []
    if notes == NULL:
        raise MemoryError()
    try:
        for k in range(12):
            for pc in range(12):
                profiles[k][pc] = MAJOR[(pc - k + 12) % 12]
                profiles[k + 12][pc] = MINOR[(pc - k + 12) % 12]
            histogram[k] = 0
        for k in range(24):
            tonics[k] = 0
        with nogil:
            for i in range(n):
                if i % 150 == 0:
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    key = (state >> 16) % 24
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                r = (state >> 16) % 17
                degree = 0
                while r >= DEGREE_WEIGHTS[degree]:
                    r -= DEGREE_WEIGHTS[degree]
                    degree += 1
                if key < 12:
                    scale = &MAJOR_SCALE[0]
                else:
                    scale = &MINOR_SCALE[0]
                pc = (key % 12 + scale[degree]) % 12
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                if (state >> 16) % 10 == 0:
                    pc = (pc + 1 + (state >> 20) % 11) % 12
                notes[i].pc = pc
                notes[i].duration = 1 + (state >> 24) % 4
                notes[i].key = key
        for i in range(n):
            with nogil:
                histogram[notes[i].pc] += notes[i].duration
                if i >= 48:
                    histogram[notes[i - 48].pc] -= notes[i - 48].duration
                best = 0
                for k in range(24):
                    scores[k] = pearson(histogram, profiles[k])
                    if scores[k] > scores[best]:
                        best = k
                tonics[best] += 1
                if best == notes[i].key:
                    correct += 1
                if best != previous:
                    changes += 1
                    previous = best
            if i % 97 == 0:
                samples.append((best, scores[best]))
        return correct, changes, [tonics[k] for k in range(24)], samples
    finally:
        free(notes)
