# cython: language_level=3
"""Chord recognition with chord templates as 12-bit masks and an integer chroma array.

The 48 templates are ``uint16_t`` pitch-class bitmasks (dot product = sum over set
bits, template size = popcount), bars are generated into a fixed C array of note
structs, the chroma is an ``int[12]`` and the confusion matrix a C 2-D array; the
quality is an enum. Scores use the same cosine formula, so ties resolve identically.

Keywords: music theory, chord recognition, chroma, pitch class template, cosine similarity, harmony
"""

import cython
from libc.math cimport sqrt
from libc.stdint cimport uint16_t

from cnake_charmer.benchmarks import cython_benchmark

NAMES = ["C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"]
QUALITY_NAMES = ["maj", "min", "dim", "7"]

cdef enum Quality:
    MAJ = 0
    MIN = 1
    DIM = 2
    DOM7 = 3

cdef int[4][4] INTERVALS = [[0, 4, 7, 0], [0, 3, 7, 0], [0, 3, 6, 0], [0, 4, 7, 10]]
cdef int[4] SIZES = [3, 3, 3, 4]


cdef struct NoteEvent:
    int pitch
    int start
    int duration


@cython_benchmark(args=(3600, 31))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def chord_template_recognition(int bars, long long seed):
    """Recognise the chords of `bars` generated bars; return accuracy and labels."""
    cdef uint16_t masks[48]
    cdef int sizes[48]
    cdef NoteEvent notes[64]
    cdef int chroma[12]
    cdef long confusion[4][4]
    cdef long long state = seed
    cdef int b, t, q, r, k, pc, root, nnotes, time, duration, pitch, norm, dot, best, size
    cdef int correct = 0, root_errors = 0
    cdef Quality quality
    cdef double score, best_score
    cdef list labels = []
    for q in range(4):
        for r in range(12):
            masks[q * 12 + r] = 0
            for k in range(SIZES[q]):
                masks[q * 12 + r] |= <uint16_t>(1 << ((r + INTERVALS[q][k]) % 12))
            sizes[q * 12 + r] = SIZES[q]
        for k in range(4):
            confusion[q][k] = 0
    for b in range(bars):
        with nogil:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            root = (state >> 16) % 12
            quality = <Quality>((state >> 12) % 4)
            size = SIZES[<int>quality]
            nnotes = 0
            time = 0
            while time < 16:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                duration = 1 + (state >> 16) % 4
                if (state >> 20) % 8 == 0:
                    pitch = 48 + (state >> 8) % 36
                else:
                    pitch = 12 * (3 + (state >> 24) % 3) + root + INTERVALS[<int>quality][(state >> 12) % size]
                notes[nnotes].pitch = pitch
                notes[nnotes].start = time
                notes[nnotes].duration = duration if duration < 16 - time else 16 - time
                nnotes += 1
                if (state >> 4) % 3 == 0:
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    notes[nnotes].pitch = 36 + root + INTERVALS[<int>quality][(state >> 16) % size]
                    notes[nnotes].start = time
                    notes[nnotes].duration = 4
                    nnotes += 1
                time += duration
            for pc in range(12):
                chroma[pc] = 0
            for k in range(nnotes):
                chroma[notes[k].pitch % 12] += notes[k].duration
            norm = 0
            for pc in range(12):
                norm += chroma[pc] * chroma[pc]
            best_score = -1.0
            best = -1
            for t in range(48):
                dot = 0
                for pc in range(12):
                    if masks[t] >> pc & 1:
                        dot += chroma[pc]
                score = dot / (sqrt(norm) * sqrt(sizes[t])) if norm else 0.0
                if score > best_score:
                    best_score = score
                    best = t
            if best == <int>quality * 12 + root:
                correct += 1
            if best % 12 != root:
                root_errors += 1
            confusion[<int>quality][best // 12] += 1
        if len(labels) < 16:
            labels.append(NAMES[best % 12] + ":" + QUALITY_NAMES[best // 12])
    return correct, root_errors, [[confusion[q][k] for k in range(4)] for q in range(4)], labels
