"""Onset detection by half-wave rectified spectral flux over Hann-windowed DFT frames.

A generated percussive track places decaying tone bursts at seeded times over a low
noise floor. Each hop, a Hann-windowed frame is transformed with a direct DFT (from
precomputed twiddle tables) into magnitudes; the spectral flux sums the positive
magnitude increases, and peaks above a local-mean adaptive threshold are onsets.
Returns the onset frames, the true hit count, how many hits were found within two
frames, and the flux curve rounded for comparison.

Keywords: audio, onset detection, spectral flux, dft, hann window, beat analysis, transients
"""

import math

from cnake_charmer.benchmarks import python_benchmark

FRAME = 256
HOP = 128
BINS = FRAME // 2 + 1


def generate_track(length: int, seed: int) -> tuple:
    state = seed
    signal = [0.0] * length
    hits = []
    position = 200
    while position < length:
        hits.append(position)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        freq = 300.0 + (state >> 16) % 2000
        for t in range(min(900, length - position)):
            signal[position + t] += 0.8 * math.exp(-t / 120.0) * math.sin(2.0 * math.pi * freq * t / 8000.0)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        position += 450 + (state >> 16) % 700
    for i in range(length):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        signal[i] += 0.01 * ((state >> 16) / 32768.0 - 0.5)
    return signal, hits


@python_benchmark(args=(44, 23), cases=[(0, 23), (1, 5), (2, 7), (12, 1)])
def spectral_flux_onset_detection(frames: int, seed: int) -> tuple:
    """Detect onsets over `frames` hops of a generated track; return onsets and flux."""
    length = frames * HOP + FRAME if frames else 0
    signal, hits = generate_track(length, seed)
    window = [0.5 - 0.5 * math.cos(2.0 * math.pi * n / FRAME) for n in range(FRAME)]
    cos_table = [math.cos(2.0 * math.pi * k / FRAME) for k in range(FRAME)]
    sin_table = [math.sin(2.0 * math.pi * k / FRAME) for k in range(FRAME)]
    previous = [0.0] * BINS
    flux = []
    for f in range(frames):
        chunk = [signal[f * HOP + n] * window[n] for n in range(FRAME)]
        magnitudes = []
        for k in range(BINS):
            re = 0.0
            im = 0.0
            for n, x in enumerate(chunk):
                idx = (k * n) % FRAME
                re += x * cos_table[idx]
                im -= x * sin_table[idx]
            magnitudes.append(math.sqrt(re * re + im * im))
        rise = 0.0
        for k in range(BINS):
            if magnitudes[k] > previous[k]:
                rise += magnitudes[k] - previous[k]
        flux.append(rise)
        previous = magnitudes
    onsets = []
    for i in range(1, len(flux) - 1):
        lo, hi = max(0, i - 4), min(len(flux), i + 5)
        local = 0.0
        for j in range(lo, hi):
            local += flux[j]
        local /= hi - lo
        if flux[i] > flux[i - 1] and flux[i] >= flux[i + 1] and flux[i] > 1.3 * local + 0.05:
            onsets.append(i)
    found = 0
    for h in hits:
        centre = (h - FRAME // 2) / HOP
        if any(abs(o - centre) <= 2.0 for o in onsets):
            found += 1
    return onsets, len(hits), found, [round(v, 9) for v in flux]
