"""Cascade of biquad IIR sections (RBJ cookbook) in transposed direct form II.

Three second-order sections (a low-pass, a peaking EQ and a high-pass, designed with
the Audio EQ Cookbook formulas) are run in series over a noisy square wave. Each
section keeps two state variables. Returns the output RMS, its peak, the final section
states and output samples.

Keywords: iir filter, biquad, transposed direct form ii, audio eq cookbook, cascade
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _design(kind: str, f0: float, q: float, gain_db: float = 0.0) -> Tuple[float, ...]:
    w0 = 2 * math.pi * f0
    alpha = math.sin(w0) / (2 * q)
    cw = math.cos(w0)
    if kind == "low":
        b = ((1 - cw) / 2, 1 - cw, (1 - cw) / 2)
        a = (1 + alpha, -2 * cw, 1 - alpha)
    elif kind == "high":
        b = ((1 + cw) / 2, -(1 + cw), (1 + cw) / 2)
        a = (1 + alpha, -2 * cw, 1 - alpha)
    else:
        amp = 10 ** (gain_db / 40)
        b = (1 + alpha * amp, -2 * cw, 1 - alpha * amp)
        a = (1 + alpha / amp, -2 * cw, 1 - alpha / amp)
    return b[0] / a[0], b[1] / a[0], b[2] / a[0], a[1] / a[0], a[2] / a[0]


@python_benchmark(args=(100000,), cases=[(0,), (1,), (2,), (50,)])
def biquad_iir_cascade(n: int) -> Tuple[float, float, List[float], List[float]]:
    """Filter n samples through three biquads; return RMS, peak, final states and samples."""
    sections = [_design("low", 0.2, 0.707), _design("peak", 0.05, 2.0, 6.0), _design("high", 0.01, 0.707)]
    states = [[0.0, 0.0] for _ in sections]
    state = 31415
    out = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = (1.0 if (i // 50) % 2 else -1.0) + 0.3 * (state / 0x7FFFFFFF - 0.5)
        for (b0, b1, b2, a1, a2), s in zip(sections, states):
            y = b0 * x + s[0]
            s[0] = b1 * x - a1 * y + s[1]
            s[1] = b2 * x - a2 * y
            x = y
        out.append(x)
    rms = math.sqrt(sum(v * v for v in out) / n) if n else 0.0
    peak = max((abs(v) for v in out), default=0.0)
    return rms, peak, [v for s in states for v in s], out[:: max(n // 6, 1)]
