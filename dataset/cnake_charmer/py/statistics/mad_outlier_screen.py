"""Robust outlier screening with the median absolute deviation (MAD).

A sample with planted outliers is summarised by its median and MAD (scaled by 1.4826
to estimate sigma). Points whose robust z-score |x - median| / (1.4826 MAD) exceeds 3.5
are flagged. Returns the median, scaled MAD, the number flagged, their first indices
and the trimmed mean of the points kept.

Keywords: median absolute deviation, robust statistics, outlier detection, z score
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _median(values: List[float]) -> float:
    s = sorted(values)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2.0


@python_benchmark(args=(80000,), cases=[(0,), (1,), (2,), (3,), (60,)])
def mad_outlier_screen(n: int) -> Tuple[float, float, int, List[int], float]:
    """Median, scaled MAD, outlier count, first outlier indices and mean of inliers."""
    if n <= 0:
        return 0.0, 0.0, 0, [], 0.0
    state = 6174
    data = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = state / 0x7FFFFFFF
        data.append(50.0 + 10.0 * u + (400.0 * u if i % 53 == 7 else 0.0))
    med = _median(data)
    mad = 1.4826 * _median([abs(x - med) for x in data])
    flagged = [i for i, x in enumerate(data) if mad > 0 and abs(x - med) / mad > 3.5]
    flagged_set = set(flagged)
    kept = [x for i, x in enumerate(data) if i not in flagged_set]
    mean_kept = sum(kept) / len(kept) if kept else 0.0
    return med, mad, len(flagged), flagged[:6], mean_kept
