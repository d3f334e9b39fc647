"""Karplus-Strong plucked-string synthesis of a strummed chord sequence.

Every pluck fills a delay line (length = sample rate / frequency) with a burst of
seeded noise; each output sample is the oldest value, and the line is refilled
with a damped average of its two oldest values, a lowpass loop that makes the tone
decay like a string. Plucks are mixed and quantised to 16-bit PCM; the function
returns a checksum, the peak, the zero-crossing count, the late-tail energy and a
few samples.

Keywords: audio, karplus strong, plucked string, delay line, physical modelling, synthesis
"""

from collections import deque

from cnake_charmer.benchmarks import python_benchmark

SAMPLE_RATE = 22050


class PluckedString:
    def __init__(self, freq: float, damping: float, seed: int) -> None:
        length = max(2, int(SAMPLE_RATE / freq))
        state = seed
        burst = []
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            burst.append((state >> 8) / 8388608.0 - 0.5)
        self.line = deque(burst)
        self.damping = damping

    def next_sample(self) -> float:
        out = self.line.popleft()
        self.line.append(self.damping * 0.5 * (out + self.line[0]))
        return out


@python_benchmark(args=(64, 6000, 3), cases=[(0, 4000, 3), (1, 500, 9), (4, 10, 2), (5, 1200, 8)])
def karplus_strong_plucked_strings(plucks: int, duration: int, seed: int) -> tuple:
    """Mix `plucks` strings, each ringing `duration` samples; return PCM statistics."""
    chord_roots = [110.0, 130.81, 98.0, 146.83]
    shape = [1.0, 1.5, 2.0, 2.5198, 3.0, 4.0]
    total = (plucks - 1) * 600 + duration if plucks else 0
    mix = [0.0] * total
    for p in range(plucks):
        root = chord_roots[(p // 6) % len(chord_roots)]
        freq = root * shape[p % 6]
        string = PluckedString(freq, 0.996 - 0.002 * (p % 3), seed + 97 * p)
        onset = p * 600
        for t in range(duration):
            mix[onset + t] += 0.4 * string.next_sample()
    checksum = 0
    peak = 0
    crossings = 0
    tail_energy = 0
    previous = 0
    samples = []
    for i, v in enumerate(mix):
        pcm = max(-32768, min(32767, round(v * 30000.0)))
        checksum = (checksum * 131 + pcm) & 0xFFFFFFFF
        peak = max(peak, abs(pcm))
        if (previous < 0) != (pcm < 0):
            crossings += 1
        previous = pcm
        if i >= total - duration // 4:
            tail_energy += pcm * pcm
        if i % 1543 == 0:
            samples.append(pcm)
    return total, checksum, peak, crossings, tail_energy, samples
