"""Schroeder reverberator: parallel feedback combs followed by series all-pass filters.

Four feedback comb filters with mutually prime delays run in parallel on an impulse
train with LCG noise; their summed output passes through two all-pass filters that
thicken the echo density. Each filter owns a circular delay line. Returns the output
energy, the tail energy after the input stops, the peak and sampled outputs.

Keywords: reverb, schroeder reverberator, comb filter, all pass filter, delay line
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


class DelayLine:
    def __init__(self, length: int) -> None:
        self.buffer = [0.0] * max(length, 1)
        self.index = 0

    def read(self) -> float:
        return self.buffer[self.index]

    def write_advance(self, value: float) -> None:
        self.buffer[self.index] = value
        self.index = (self.index + 1) % len(self.buffer)


class Comb(DelayLine):
    def __init__(self, length: int, feedback: float) -> None:
        super().__init__(length)
        self.feedback = feedback

    def process(self, x: float) -> float:
        y = self.read()
        self.write_advance(x + self.feedback * y)
        return y


class AllPass(DelayLine):
    def __init__(self, length: int, gain: float) -> None:
        super().__init__(length)
        self.gain = gain

    def process(self, x: float) -> float:
        delayed = self.read()
        v = x + self.gain * delayed
        self.write_advance(v)
        return delayed - self.gain * v


@python_benchmark(args=(40000, 1), cases=[(0, 1), (1, 1), (100, 0), (3000, 2)])
def schroeder_reverb_delay_lines(n: int, scale: int) -> Tuple[float, float, float, List[float]]:
    """Reverberate n samples (delays multiplied by scale); return energies, peak and samples."""
    combs = [Comb(1116 * scale, 0.84), Comb(1188 * scale, 0.83), Comb(1277 * scale, 0.82), Comb(1356 * scale, 0.81)]
    allpasses = [AllPass(556 * scale, 0.5), AllPass(441 * scale, 0.5)]
    state = 2468
    energy = tail = peak = 0.0
    samples = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = (1.0 if i % 4000 == 0 else 0.0) + 0.01 * (state / 0x7FFFFFFF - 0.5) if i < n // 2 else 0.0
        y = sum(c.process(x) for c in combs) * 0.25
        for a in allpasses:
            y = a.process(y)
        energy += y * y
        if i >= n // 2:
            tail += y * y
        peak = max(peak, abs(y))
        if i % 5000 == 0:
            samples.append(y)
    return energy, tail, peak, samples
