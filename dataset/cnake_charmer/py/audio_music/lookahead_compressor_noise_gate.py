"""Look-ahead dynamics processor: downward compressor plus noise gate on a generated mix.

A seeded signal alternates between loud, moderate, quiet and near-silent passages.
For each sample the peak over the next 64 samples is found with a monotonic deque
(sliding-window maximum), converted to dBFS and fed to a gain computer: above -18 dB
the excess is divided by a 4:1 ratio, below -50 dB the gate attenuates by 60 dB.
The gain (in dB) is smoothed with separate attack and release coefficients and
applied to the sample. Returns the PCM checksum, peak, gated sample count, the
deepest gain reduction and sampled output.

Keywords: audio, dynamic range compression, noise gate, look ahead, sliding window maximum, limiter
"""

import math
from collections import deque

from cnake_charmer.benchmarks import python_benchmark

LOOKAHEAD = 64
THRESHOLD_DB = -18.0
RATIO = 4.0
GATE_DB = -50.0
ATTACK = 0.9
RELEASE = 0.9995


def gain_target(level_db: float) -> float:
    if level_db < GATE_DB:
        return -60.0
    if level_db > THRESHOLD_DB:
        return THRESHOLD_DB + (level_db - THRESHOLD_DB) / RATIO - level_db
    return 0.0


@python_benchmark(args=(100000, 6), cases=[(0, 6), (1, 1), (63, 2), (5000, 3)])
def lookahead_compressor_noise_gate(n: int, seed: int) -> tuple:
    """Compress and gate n generated samples; return PCM and gain statistics."""
    levels = [0.9, 0.3, 0.05, 0.001]
    state = seed
    signal = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        level = levels[(i // 3000) % 4]
        noise = (state >> 16) / 32768.0 - 0.5
        signal.append(level * (0.7 * math.sin(2.0 * math.pi * 220.0 * i / 22050.0) + 0.3 * noise))
    magnitudes = [abs(x) for x in signal]
    window = deque()
    gain = 0.0
    checksum = 0
    peak = 0
    gated = 0
    deepest = 0.0
    samples = []
    for j in range(n + LOOKAHEAD - 1):
        if j < n:
            while window and magnitudes[window[-1]] <= magnitudes[j]:
                window.pop()
            window.append(j)
        i = j - LOOKAHEAD + 1
        if i < 0:
            continue
        while window[0] < i:
            window.popleft()
        level_db = 20.0 * math.log10(magnitudes[window[0]] + 1e-9)
        target = gain_target(level_db)
        if level_db < GATE_DB:
            gated += 1
        coefficient = ATTACK if target < gain else RELEASE
        gain = coefficient * gain + (1.0 - coefficient) * target
        deepest = min(deepest, gain)
        out = signal[i] * math.pow(10.0, gain / 20.0)
        pcm = max(-32768, min(32767, round(out * 32767.0)))
        checksum = (checksum * 65599 + pcm) % 4294967311
        peak = max(peak, abs(pcm))
        if i % 2111 == 0:
            samples.append(pcm)
    return checksum, peak, gated, round(deepest, 9), samples
