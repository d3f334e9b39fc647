"""Chord recognition from generated note events by pitch-class template matching.

Each bar of a seeded progression sounds a chord (any of 12 roots, major, minor,
diminished or dominant seventh) as note events in random octaves, plus non-chord
passing tones. The bar's chroma vector sums note durations per pitch class and is
scored against all 48 binary chord templates by cosine similarity. Returns the
number of exactly recognised bars, a 4x4 quality confusion matrix, the root error
count and the first recognised chord labels.

Keywords: music theory, chord recognition, chroma, pitch class template, cosine similarity, harmony
"""

import math
from dataclasses import dataclass

from cnake_charmer.benchmarks import python_benchmark

NAMES = ["C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"]
QUALITIES = {"maj": (0, 4, 7), "min": (0, 3, 7), "dim": (0, 3, 6), "7": (0, 4, 7, 10)}


@dataclass
class NoteEvent:
    pitch: int
    start: int
    duration: int


def bar_notes(root: int, intervals: tuple, state: int) -> tuple:
    notes = []
    time = 0
    while time < 16:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        duration = 1 + (state >> 16) % 4
        if (state >> 20) % 8 == 0:
            pitch = 48 + (state >> 8) % 36
        else:
            octave = 3 + (state >> 24) % 3
            pitch = 12 * octave + root + intervals[(state >> 12) % len(intervals)]
        notes.append(NoteEvent(pitch, time, min(duration, 16 - time)))
        if (state >> 4) % 3 == 0:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            notes.append(NoteEvent(36 + root + intervals[(state >> 16) % len(intervals)], time, 4))
        time += duration
    return notes, state


@python_benchmark(args=(3600, 31), cases=[(0, 31), (1, 2), (12, 4), (200, 9)])
def chord_template_recognition(bars: int, seed: int) -> tuple:
    """Recognise the chords of `bars` generated bars; return accuracy and labels."""
    qualities = list(QUALITIES)
    templates = []
    for q in qualities:
        for root in range(12):
            vector = [0] * 12
            for interval in QUALITIES[q]:
                vector[(root + interval) % 12] = 1
            templates.append((root, q, vector))
    state = seed
    correct = 0
    root_errors = 0
    confusion = [[0] * 4 for _ in range(4)]
    labels = []
    for _ in range(bars):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        root = (state >> 16) % 12
        quality = qualities[(state >> 12) % 4]
        notes, state = bar_notes(root, QUALITIES[quality], state)
        chroma = [0] * 12
        for note in notes:
            chroma[note.pitch % 12] += note.duration
        norm = 0
        for c in chroma:
            norm += c * c
        best_score, best = -1.0, None
        for t_root, t_quality, vector in templates:
            dot = 0
            size = 0
            for c, v in zip(chroma, vector):
                dot += c * v
                size += v
            score = dot / (math.sqrt(norm) * math.sqrt(size)) if norm else 0.0
            if score > best_score:
                best_score, best = score, (t_root, t_quality)
        if best == (root, quality):
            correct += 1
        if best[0] != root:
            root_errors += 1
        confusion[qualities.index(quality)][qualities.index(best[1])] += 1
        if len(labels) < 16:
            labels.append(NAMES[best[0]] + ":" + best[1])
    return correct, root_errors, confusion, labels
