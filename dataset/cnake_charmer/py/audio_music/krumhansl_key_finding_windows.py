"""Sliding-window key finding with Krumhansl-Kessler profiles (Krumhansl-Schmuckler).

A seeded piece modulates to a new random key every 150 notes; notes are drawn from the
key's scale (tonic-triad degrees favoured, occasional chromatic notes) with durations
of one to four sixteenths. A window of the last 48 notes keeps a duration-weighted
pitch-class histogram updated incrementally, and at every note the histogram is
correlated (Pearson) with the 24 rotated major and minor profiles. Returns the
accuracy against the true key, the number of detected key changes, a histogram of
detected tonics and sampled detections with their correlation.

Keywords: music theory, key detection, krumhansl schmuckler, pitch class profile, correlation, tonality
"""

import math

from cnake_charmer.benchmarks import python_benchmark

MAJOR = [6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88]
MINOR = [6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17]
MAJOR_SCALE = [0, 2, 4, 5, 7, 9, 11]
MINOR_SCALE = [0, 2, 3, 5, 7, 8, 10]
DEGREE_WEIGHTS = [5, 1, 3, 2, 4, 1, 1]
WINDOW = 48


def pearson(xs: list, ys: list) -> float:
    mx = 0.0
    my = 0.0
    for x, y in zip(xs, ys):
        mx += x
        my += y
    mx /= 12.0
    my /= 12.0
    sxy = sxx = syy = 0.0
    for x, y in zip(xs, ys):
        sxy += (x - mx) * (y - my)
        sxx += (x - mx) * (x - mx)
        syy += (y - my) * (y - my)
    return sxy / math.sqrt(sxx * syy) if sxx > 0.0 else 0.0


@python_benchmark(args=(2600, 19), cases=[(0, 19), (1, 5), (60, 8), (400, 2)])
def krumhansl_key_finding_windows(n: int, seed: int) -> tuple:
    """Track the key of an n-note generated piece; return accuracy and detections."""
    profiles = []
    for tonic in range(12):
        profiles.append([MAJOR[(pc - tonic) % 12] for pc in range(12)])
    for tonic in range(12):
        profiles.append([MINOR[(pc - tonic) % 12] for pc in range(12)])
    state = seed
    notes = []
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
        scale = MAJOR_SCALE if key < 12 else MINOR_SCALE
        pc = (key % 12 + scale[degree]) % 12
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if (state >> 16) % 10 == 0:
            pc = (pc + 1 + (state >> 20) % 11) % 12
        notes.append((pc, 1 + (state >> 24) % 4, key))
    histogram = [0] * 12
    correct = 0
    changes = 0
    previous = -1
    tonics = [0] * 24
    samples = []
    for i, (pc, duration, key) in enumerate(notes):
        histogram[pc] += duration
        if i >= WINDOW:
            old_pc, old_duration, _ = notes[i - WINDOW]
            histogram[old_pc] -= old_duration
        scores = [pearson(histogram, profile) for profile in profiles]
        best = max(range(24), key=lambda k: scores[k])
        tonics[best] += 1
        if best == key:
            correct += 1
        if best != previous:
            changes += 1
            previous = best
        if i % 97 == 0:
            samples.append((best, scores[best]))
    return correct, changes, tonics, samples
