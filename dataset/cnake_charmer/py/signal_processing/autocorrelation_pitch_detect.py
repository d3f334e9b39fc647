"""Frame-wise pitch detection from the normalised autocorrelation peak.

A synthetic voiced signal whose fundamental glides between 110 and 220 Hz (with two
harmonics and LCG noise) is cut into frames. For each frame the autocorrelation is
computed over lags covering 80-400 Hz; the lag with the highest normalised value gives
the pitch (0 when the peak is weak). Returns the per-frame pitch estimates in Hz.

Keywords: pitch detection, autocorrelation, fundamental frequency, speech, framing
"""

import math
from typing import List

from cnake_charmer.benchmarks import python_benchmark

RATE = 8000


@python_benchmark(args=(40, 400), cases=[(0, 400), (1, 400), (2, 120), (3, 50)])
def autocorrelation_pitch_detect(frames: int, size: int) -> List[float]:
    """Pitch (Hz) of each of `frames` frames of `size` samples, 0.0 if unvoiced."""
    n = frames * size
    state = 1111
    signal = []
    phase = 0.0
    for i in range(n):
        f0 = 110.0 + 110.0 * (0.5 + 0.5 * math.sin(2 * math.pi * i / max(n, 1)))
        phase += 2 * math.pi * f0 / RATE
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        signal.append(math.sin(phase) + 0.5 * math.sin(2 * phase) + 0.25 * math.sin(3 * phase)
                      + 0.1 * (state / 0x7FFFFFFF - 0.5))
    min_lag = RATE // 400
    max_lag = RATE // 80
    pitches = []
    for f in range(frames):
        frame = signal[f * size:(f + 1) * size]
        energy = sum(v * v for v in frame)
        best_lag = 0
        best = 0.0
        for lag in range(min_lag, min(max_lag, size - 1) + 1):
            r = sum(frame[t] * frame[t + lag] for t in range(size - lag))
            norm = r / energy if energy > 0 else 0.0
            if norm > best:
                best = norm
                best_lag = lag
        pitches.append(RATE / best_lag if best > 0.3 and best_lag else 0.0)
    return pitches
