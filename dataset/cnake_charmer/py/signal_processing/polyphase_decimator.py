"""FIR decimation by an integer factor, computing only the retained outputs.

A signal with a wanted low tone and an unwanted high tone (which would alias) is
low-pass filtered with a Hann-windowed sinc of `taps` coefficients and downsampled by
M, evaluating the FIR only at every M-th output instant. Returns the decimated length,
the residual power of the high tone (via a correlation probe) and output samples.

Keywords: decimation, downsampling, anti aliasing, fir filter, multirate
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(50000, 4, 63), cases=[(0, 2, 5), (10, 1, 3), (10, 3, 0), (50, 5, 7)])
def polyphase_decimator(n: int, m: int, taps: int) -> Tuple[int, float, float, List[float]]:
    """Decimate n samples by m through a taps-long anti-alias FIR; summarise the output."""
    if m < 1 or taps < 1 or n <= 0:
        return 0, 0.0, 0.0, []
    cutoff = 0.5 / m
    mid = (taps - 1) / 2.0
    h = []
    for k in range(taps):
        t = k - mid
        sinc = 2 * cutoff if t == 0 else math.sin(2 * math.pi * cutoff * t) / (math.pi * t)
        window = 0.5 - 0.5 * math.cos(2 * math.pi * (k + 1) / (taps + 1))
        h.append(sinc * window)
    gain = sum(h)
    h = [c / gain for c in h]
    x = [math.sin(2 * math.pi * 0.01 * i) + math.sin(2 * math.pi * 0.45 * i) for i in range(n)]
    y = []
    for j in range(0, n, m):
        y.append(sum(h[k] * x[j - k] for k in range(taps) if j - k >= 0))
    probe_low = sum(v * math.sin(2 * math.pi * 0.01 * m * i) for i, v in enumerate(y))
    probe_high = sum(v * math.sin(2 * math.pi * 0.45 * m * i) for i, v in enumerate(y))
    return len(y), probe_low / len(y), probe_high / len(y), y[:: max(len(y) // 6, 1)]
