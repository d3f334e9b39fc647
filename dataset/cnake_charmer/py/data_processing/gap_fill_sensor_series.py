"""Fill gaps in sensor time series: linear interpolation inside, carry at the edges.

Several sensors report integer readings on a shared clock, and some readings are
missing (None) in bursts. For each sensor a gap between two known readings is filled by
linear interpolation; leading gaps take the first known value (back fill) and trailing
gaps the last one (forward fill); a sensor with no readings stays empty. Returns per
sensor the number of filled points, the mean of the completed series and a few sampled
values, plus the longest gap seen.

Keywords: missing values, interpolation, forward fill, back fill, imputation, time series
"""

from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(20000, 6), cases=[(0, 3), (1, 1), (5, 2), (60, 3), (2000, 4)])
def gap_fill_sensor_series(n: int, sensors: int) -> Tuple[List[Tuple[int, float, List[float]]], int]:
    """Impute missing readings per sensor; return ((filled, mean, samples) per sensor, longest gap)."""
    if n <= 0 or sensors <= 0:
        return [], 0
    state = 2718
    series: List[List[Optional[int]]] = [[] for _ in range(sensors)]
    missing_left = [0] * sensors
    for t in range(n):
        for s in range(sensors):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if missing_left[s] == 0 and (state >> 6) % 100 < 4:
                missing_left[s] = 1 + (state >> 12) % 25
            if missing_left[s] > 0:
                missing_left[s] -= 1
                series[s].append(None)
            else:
                series[s].append(500 + s * 10 + (t % 300) - 150 + (state >> 16) % 31)
    report = []
    longest = 0
    for values in series:
        known = [i for i, v in enumerate(values) if v is not None]
        if not known:
            report.append((0, 0.0, []))
            continue
        filled = [float(v) if v is not None else None for v in values]
        for i in range(known[0]):
            filled[i] = float(values[known[0]])
        for i in range(known[-1] + 1, n):
            filled[i] = float(values[known[-1]])
        for a, b in zip(known, known[1:]):
            if b - a > 1:
                longest = max(longest, b - a - 1)
                va, vb = values[a], values[b]
                for i in range(a + 1, b):
                    filled[i] = va + (vb - va) * (i - a) / (b - a)
        longest = max(longest, known[0], n - 1 - known[-1])
        total = 0.0
        for v in filled:
            total += v
        report.append((n - len(known), total / n, filled[:: max(1, n // 5)]))
    return report, longest
