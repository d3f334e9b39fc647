"""YIN fundamental-frequency estimation over frames of generated harmonic tones.

Each frame holds a three-harmonic tone at a seeded pitch plus noise. YIN computes
the squared-difference function for every lag, normalises it by its cumulative mean,
takes the first dip under an absolute threshold (walking down to its local minimum)
and refines the lag by parabolic interpolation. Returns the estimated frequencies,
aperiodicity values, and how many frames land within 1 % of the true pitch.

Keywords: audio, pitch detection, yin, difference function, fundamental frequency, music
"""

import math

from cnake_charmer.benchmarks import python_benchmark

SAMPLE_RATE = 22050.0
WINDOW = 400
MAX_LAG = 300
THRESHOLD = 0.15


def tone_frame(freq: float, amplitude: float, state: int) -> tuple:
    frame = []
    for j in range(WINDOW + MAX_LAG):
        phase = 2.0 * math.pi * freq * j / SAMPLE_RATE
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        noise = (state >> 16) / 32768.0 - 0.5
        frame.append(amplitude * (math.sin(phase) + 0.5 * math.sin(2.0 * phase) + 0.3 * math.sin(3.0 * phase)) + 0.05 * noise)
    return frame, state


def yin_lag(frame: list) -> tuple:
    diff = [0.0] * (MAX_LAG + 1)
    for tau in range(1, MAX_LAG + 1):
        total = 0.0
        for j in range(WINDOW):
            delta = frame[j] - frame[j + tau]
            total += delta * delta
        diff[tau] = total
    cmnd = [1.0] * (MAX_LAG + 1)
    running = 0.0
    for tau in range(1, MAX_LAG + 1):
        running += diff[tau]
        cmnd[tau] = diff[tau] * tau / running if running > 0.0 else 1.0
    best = -1
    for tau in range(2, MAX_LAG + 1):
        if cmnd[tau] < THRESHOLD:
            while tau + 1 <= MAX_LAG and cmnd[tau + 1] < cmnd[tau]:
                tau += 1
            best = tau
            break
    if best < 0:
        best = min(range(1, MAX_LAG + 1), key=lambda k: cmnd[k])
    shift = 0.0
    if 1 <= best < MAX_LAG:
        a, b, c = cmnd[best - 1], cmnd[best], cmnd[best + 1]
        denom = a - 2.0 * b + c
        if denom != 0.0:
            shift = 0.5 * (a - c) / denom
    return best + shift, cmnd[best]


@python_benchmark(args=(24, 17), cases=[(0, 17), (1, 4), (3, 99)])
def yin_pitch_detection_frames(frames: int, seed: int) -> tuple:
    """Estimate pitch in `frames` generated frames; return estimates and accuracy."""
    state = seed
    estimates = []
    aperiodicity = []
    hits = 0
    for f in range(frames):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        freq = 80.0 + (state >> 16) % 520
        amplitude = 0.0 if f % 5 == 4 else 0.8
        frame, state = tone_frame(freq, amplitude, state)
        lag, dip = yin_lag(frame)
        estimate = SAMPLE_RATE / lag
        estimates.append(estimate)
        aperiodicity.append(dip)
        if abs(estimate - freq) < 0.01 * freq:
            hits += 1
    return hits, estimates, aperiodicity
