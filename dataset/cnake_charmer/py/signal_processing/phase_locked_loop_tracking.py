"""Digital phase-locked loop tracking a frequency-modulated carrier.

A carrier whose frequency drifts sinusoidally is sampled with LCG noise. A
second-order PLL (phase detector = product with the NCO's quadrature output,
proportional-integral loop filter, numerically controlled oscillator) locks onto it.
Returns the RMS frequency-tracking error after lock-in, the final NCO frequency and
phase, and sampled frequency estimates.

Keywords: phase locked loop, nco, loop filter, frequency tracking, demodulation
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


class PhaseLockedLoop:
    def __init__(self, centre: float, kp: float, ki: float) -> None:
        self.phase = 0.0
        self.freq = centre
        self.centre = centre
        self.integrator = 0.0
        self.kp = kp
        self.ki = ki

    def step(self, sample: float) -> float:
        error = sample * -math.sin(self.phase)
        self.integrator += self.ki * error
        self.freq = self.centre + self.kp * error + self.integrator
        self.phase += self.freq
        if self.phase > math.pi:
            self.phase -= 2.0 * math.pi
        return self.freq


@python_benchmark(args=(120000,), cases=[(0,), (1,), (10,), (3000,)])
def phase_locked_loop_tracking(n: int) -> Tuple[float, float, float, List[float]]:
    """Track an FM carrier for n samples; return RMS error, final frequency, phase, samples."""
    pll = PhaseLockedLoop(0.2, 0.08, 0.002)
    state = 5678
    phase = 0.3
    err2 = 0.0
    counted = 0
    samples = []
    for i in range(n):
        true_freq = 0.2 + 0.01 * math.sin(2 * math.pi * i / 20000.0)
        phase += true_freq
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        sample = math.cos(phase) + 0.2 * (state / 0x7FFFFFFF - 0.5)
        estimate = pll.step(sample)
        if i >= 2000:
            err2 += (estimate - true_freq) ** 2
            counted += 1
        if i % 10000 == 0:
            samples.append(estimate)
    rms = math.sqrt(err2 / counted) if counted else 0.0
    return rms, pll.freq, pll.phase, samples
