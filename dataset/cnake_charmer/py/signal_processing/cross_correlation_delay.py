"""Time-delay estimation by direct cross-correlation with parabolic peak refinement.

A reference pulse train with LCG noise is delayed by a known fractional-free shift and
attenuated to make a second channel with its own noise. The cross-correlation is
evaluated at every lag in [-max_lag, max_lag]; the best lag is refined by fitting a
parabola through the peak and its neighbours. Returns the integer lag, the refined
lag, the normalised peak value and a few correlation values.

Keywords: cross correlation, time delay estimation, lag, parabolic interpolation, sonar
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(6000, 120), cases=[(0, 5), (10, 0), (50, 3), (200, 40)])
def cross_correlation_delay(n: int, max_lag: int) -> Tuple[int, float, float, List[float]]:
    """Estimate the delay between two generated channels of length n."""
    if n <= 0:
        return 0, 0.0, 0.0, []
    delay = 37
    state = 777
    ref = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        ref.append((1.0 if (i % 97) < 5 else 0.0) + math.sin(0.05 * i) * 0.3 + 0.2 * (state / 0x7FFFFFFF - 0.5))
    echo = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        src = ref[i - delay] if i >= delay else 0.0
        echo.append(0.6 * src + 0.2 * (state / 0x7FFFFFFF - 0.5))
    norm = math.sqrt(sum(v * v for v in ref) * sum(v * v for v in echo))
    corr = []
    for lag in range(-max_lag, max_lag + 1):
        lo = max(0, -lag)
        hi = min(n, n - lag)
        corr.append(sum(ref[i] * echo[i + lag] for i in range(lo, hi)) / norm)
    best = max(range(len(corr)), key=lambda k: corr[k])
    refined = float(best - max_lag)
    if 0 < best < len(corr) - 1:
        a, b, c = corr[best - 1], corr[best], corr[best + 1]
        denom = a - 2 * b + c
        if denom != 0:
            refined += 0.5 * (a - c) / denom
    return best - max_lag, refined, corr[best], corr[:: max(len(corr) // 5, 1)]
