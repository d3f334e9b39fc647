"""Windowed-sinc low-pass FIR design, applied to a two-tone signal.

A low-pass filter with normalised cutoff fc is designed as a sinc truncated to `taps`
coefficients and shaped by a Blackman window, normalised to unit DC gain. It filters a
signal of a low tone plus a high tone; the output's RMS, the measured gains at both
tone frequencies (from the coefficients) and output samples are returned.

Keywords: fir filter design, windowed sinc, blackman window, low pass, frequency response
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _gain(h: List[float], f: float) -> float:
    re = sum(c * math.cos(2 * math.pi * f * k) for k, c in enumerate(h))
    im = sum(c * math.sin(2 * math.pi * f * k) for k, c in enumerate(h))
    return math.hypot(re, im)


@python_benchmark(args=(12000, 101), cases=[(0, 11), (5, 1), (20, 7), (64, 15)])
def windowed_sinc_fir_lowpass(n: int, taps: int) -> Tuple[float, float, float, List[float]]:
    """Design a Blackman-windowed sinc low-pass and filter a two-tone signal of length n."""
    fc = 0.1
    mid = (taps - 1) / 2.0
    h = []
    for k in range(taps):
        t = k - mid
        sinc = 2 * fc if t == 0 else math.sin(2 * math.pi * fc * t) / (math.pi * t)
        window = (0.42 - 0.5 * math.cos(2 * math.pi * k / (taps - 1))
                  + 0.08 * math.cos(4 * math.pi * k / (taps - 1))) if taps > 1 else 1.0
        h.append(sinc * window)
    dc = sum(h)
    h = [c / dc for c in h]
    x = [math.sin(2 * math.pi * 0.03 * i) + 0.7 * math.sin(2 * math.pi * 0.32 * i) for i in range(n)]
    y = [sum(h[k] * x[i - k] for k in range(min(taps, i + 1))) for i in range(n)]
    rms = math.sqrt(sum(v * v for v in y) / n) if n else 0.0
    return rms, _gain(h, 0.03), _gain(h, 0.32), y[:: max(n // 6, 1)]
