"""Rolling-window indicators over a simulated price path.

A price path is generated as a multiplicative random walk from a seeded LCG. Over
every trailing window the pair evaluates three indicators - the simple moving average,
the high-low range and the volatility of one-step returns - and reports how often the
price closed above its average, the largest range and the final indicator values.

Keywords: finance, technical analysis, moving average, volatility, rolling window
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def window_mean(values: List[float]) -> float:
    return sum(values) / len(values)


def window_range(values: List[float]) -> float:
    return max(values) - min(values)


def window_return_vol(values: List[float]) -> float:
    rets = [values[i] / values[i - 1] - 1.0 for i in range(1, len(values))]
    if not rets:
        return 0.0
    mean = sum(rets) / len(rets)
    return math.sqrt(sum((r - mean) * (r - mean) for r in rets) / len(rets))


INDICATORS = [window_mean, window_range, window_return_vol]


@python_benchmark(args=(12000, 30, 8), cases=[(0, 5, 1), (1, 1, 2), (50, 10, 3), (20, 0, 4)], tolerance=1e-7)
def rolling_window_indicators(days: int, window: int, seed: int) -> Tuple[int, float, List[float]]:
    """Return (closes above the average, widest range, last value of each indicator)."""
    if window <= 0:
        return 0, 0.0, []
    state = seed & 0x7FFFFFFF
    price = 100.0
    prices = []
    for _ in range(days):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        price *= 1.0 + (state / 2147483648.0 - 0.5) * 0.04
        prices.append(price)
    above, widest = 0, 0.0
    last = [0.0] * len(INDICATORS)
    for end in range(window, days + 1):
        win = prices[end - window:end]
        last = [f(win) for f in INDICATORS]
        above += win[-1] > last[0]
        widest = max(widest, last[1])
    return above, widest, last
