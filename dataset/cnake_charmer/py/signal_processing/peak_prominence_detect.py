"""Peak detection with topographic prominence and a minimum-distance rule.

Local maxima of a noisy multi-bump signal are found; each peak's prominence is its
height above the higher of the two lowest points reached before a higher sample (or
the signal's end) on either side. Peaks with prominence below a threshold are dropped,
then peaks closer than `distance` samples to a taller kept peak are removed. Returns
the kept peak positions and their prominences.

Keywords: peak detection, prominence, local maxima, spectral peaks, find peaks
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(20000, 40), cases=[(0, 5), (3, 1), (10, 0), (200, 10)])
def peak_prominence_detect(n: int, distance: int) -> Tuple[int, List[int], List[float]]:
    """Find prominent, well-separated peaks in an n-sample signal; return count and first peaks."""
    state = 3030
    x = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x.append(math.sin(0.013 * i) * math.sin(0.0021 * i) + 0.15 * (state / 0x7FFFFFFF - 0.5))
    candidates = [i for i in range(1, n - 1) if x[i - 1] < x[i] >= x[i + 1]]
    prominent = []
    for i in candidates:
        left_min = x[i]
        j = i - 1
        while j >= 0 and x[j] <= x[i]:
            left_min = min(left_min, x[j])
            j -= 1
        right_min = x[i]
        j = i + 1
        while j < n and x[j] <= x[i]:
            right_min = min(right_min, x[j])
            j += 1
        prominence = x[i] - max(left_min, right_min)
        if prominence >= 0.2:
            prominent.append((i, prominence))
    kept = []
    for i, prom in sorted(prominent, key=lambda t: (-x[t[0]], t[0])):
        if all(abs(i - k) >= distance for k, _ in kept):
            kept.append((i, prom))
    kept.sort()
    return len(kept), [i for i, _ in kept[:10]], [p for _, p in kept[:10]]
