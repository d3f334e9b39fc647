"""Tempo estimation from an onset-strength envelope by autocorrelation and a tempo prior.

A 100-frames-per-second onset envelope is generated from a jittered beat grid
(accented downbeats, dropped beats, spurious ghost onsets, exponentially decaying
pulses). After removing the mean, the envelope's autocorrelation is computed for
every lag up to 3 s; each candidate beat period is scored by its own lag plus its
double and quadruple (metrical comb), weighted by a log-Gaussian prior around
120 BPM. Returns the best tempo (parabolically refined), the top three lags, and
autocorrelation samples.

Keywords: audio, tempo estimation, beat tracking, autocorrelation, onset envelope, bpm
"""

import math

from cnake_charmer.benchmarks import python_benchmark

FPS = 100.0
MIN_LAG = 25
MAX_LAG = 150


def onset_envelope(frames: int, bpm: float, seed: int) -> list:
    envelope = [0.0] * frames
    period = 60.0 * FPS / bpm
    state = seed
    beat = 0
    while True:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        jitter = (state >> 16) % 3 - 1
        position = int(beat * period) + jitter
        if position >= frames:
            break
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if (state >> 16) % 100 >= 12 and position >= 0:
            strength = 1.0 if beat % 4 == 0 else 0.6
            for j in range(min(8, frames - position)):
                envelope[position + j] += strength * 0.5 ** j
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if (state >> 16) % 100 < 30:
            ghost = position + 3 + (state >> 20) % int(period)
            if ghost < frames:
                envelope[ghost] += 0.3
        beat += 1
    return envelope


@python_benchmark(args=(4200, 117.0, 3), cases=[(0, 120.0, 1), (10, 90.0, 2), (400, 150.0, 5), (2000, 72.0, 9)])
def onset_envelope_tempo_estimation(frames: int, bpm: float, seed: int) -> tuple:
    """Estimate the tempo of a generated onset envelope; return tempo and evidence."""
    envelope = onset_envelope(frames, bpm, seed)
    mean = 0.0
    for v in envelope:
        mean += v
    mean = mean / frames if frames else 0.0
    centred = [v - mean for v in envelope]
    top_lag = 4 * (MAX_LAG + 1)
    acf = [0.0] * (top_lag + 1)
    for lag in range(1, top_lag + 1):
        total = 0.0
        for i in range(frames - lag):
            total += centred[i] * centred[i + lag]
        acf[lag] = total / (frames - lag) if frames > lag else 0.0
    scores = [0.0] * (MAX_LAG + 2)
    for lag in range(MIN_LAG - 1, MAX_LAG + 2):
        octave = math.log2(60.0 * FPS / lag / 120.0)
        prior = math.exp(-0.5 * (octave / 0.9) * (octave / 0.9))
        scores[lag] = prior * (acf[lag] + 0.5 * acf[2 * lag] + 0.25 * acf[4 * lag])
    ranked = sorted(range(MIN_LAG, MAX_LAG + 1), key=lambda lag: (-scores[lag], lag))
    best = ranked[0]
    a, b, c = scores[best - 1], scores[best], scores[best + 1]
    denom = a - 2.0 * b + c
    refined = best + (0.5 * (a - c) / denom if denom != 0.0 else 0.0)
    tempo = 60.0 * FPS / refined
    return tempo, ranked[:3], [acf[lag] for lag in range(0, top_lag + 1, 37)]
