"""Per-sensor rolling mean and standard deviation with z-score anomaly flags.

An interleaved stream of integer readings from several sensors (slow drift, noise and
occasional spikes) is processed in arrival order. Each sensor keeps a window of its last
w readings; once the window is full, a reading whose distance from the window mean
exceeds three window standard deviations is flagged (the reading then enters the window
anyway). Returns the flags per sensor, the first flagged positions and each sensor's
final window mean.

Keywords: rolling window, moving average, z-score, anomaly detection, time series, streaming
"""

import math
from collections import deque
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(150000, 8, 50), cases=[(0, 3, 5), (1, 1, 1), (10, 2, 3), (100, 3, 4), (2000, 5, 20)])
def rolling_zscore_anomalies(n: int, sensors: int, window: int) -> Tuple[List[int], List[int], List[float]]:
    """Flag 3-sigma outliers per sensor over rolling windows; return (flags, first hits, means)."""
    if n <= 0 or sensors <= 0 or window <= 0:
        return [], [], []
    state = 24680
    windows = [deque() for _ in range(sensors)]
    sums = [0] * sensors
    squares = [0] * sensors
    flags = [0] * sensors
    hits = []
    for t in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        s = (state >> 8) % sensors
        value = 1000 + s * 50 + (t // 500) % 40 + (state >> 8) % 21
        if (state >> 4) % 97 == 0:
            value += 300
        win = windows[s]
        if len(win) == window:
            mean = sums[s] / window
            var = squares[s] / window - mean * mean
            std = math.sqrt(var) if var > 0 else 0.0
            if abs(value - mean) > 3.0 * std:
                flags[s] += 1
                if len(hits) < 20:
                    hits.append(t)
            old = win.popleft()
            sums[s] -= old
            squares[s] -= old * old
        win.append(value)
        sums[s] += value
        squares[s] += value * value
    means = [sums[s] / len(windows[s]) if windows[s] else 0.0 for s in range(sensors)]
    return flags, hits, means
