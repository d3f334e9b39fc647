"""Index nested-loop band join of alerts against a sorted (sensor, time) index.

Sensor readings are indexed by sorting them on (sensor, time, value); for every alert
the join seeks the first index entry at or after (sensor, time - window) with a
binary search and scans forward while entries stay within (sensor, time + window),
i.e. ``readings JOIN alerts ON r.sensor = a.sensor AND r.time BETWEEN a.time - w AND
a.time + w``. Per alert it aggregates the matching count, sum and peak value. Returns
the total joined pairs, alerts with no match, the largest band, a checksum over the
per-alert aggregates and the aggregates of the first alerts.

Keywords: databases, index nested loop join, band join, range predicate, sorted index, binary search, bisect
"""

from bisect import bisect_left, bisect_right
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007


@python_benchmark(args=(64000, 32000, 110, 4000, 5), cases=[(0, 10, 4, 50, 1), (10, 0, 4, 50, 2), (1, 1, 1, 0, 3), (300, 200, 1, 1000000, 4), (5000, 3000, 30, 100, 5)])
def index_nested_loop_band_join(n_readings: int, n_alerts: int, sensors: int, window: int, seed: int) -> Tuple[int, int, int, int, List[Tuple[int, int, int]]]:
    """Return (joined pairs, alerts without match, largest band, checksum, first alerts' (count, sum, peak))."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    horizon = 1_000_000
    readings = [(draw(sensors), draw(horizon), draw(1000)) for _ in range(n_readings)]
    index = sorted(readings)

    joined = empty = largest = checksum = 0
    first: List[Tuple[int, int, int]] = []
    for position in range(n_alerts):
        sensor = draw(sensors)
        t = draw(horizon)
        lo = bisect_left(index, (sensor, t - window))
        hi = bisect_right(index, (sensor, t + window, 1000))
        count = hi - lo
        total = 0
        peak = -1
        for _, _, value in index[lo:hi]:
            total += value
            peak = max(peak, value)
        joined += count
        largest = max(largest, count)
        if count == 0:
            empty += 1
        checksum = (checksum * 1000003 + (count * 7919 + total) * (position % 13 + 1) + peak) % MOD
        if position < 5:
            first.append((count, total, peak))
    return joined, empty, largest, checksum, first
