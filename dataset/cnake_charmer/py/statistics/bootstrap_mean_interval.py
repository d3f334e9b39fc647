"""Percentile bootstrap confidence interval for the mean and the median.

A skewed sample (squared LCG uniforms) of size n is resampled with replacement B times
using an LCG; each resample's mean and median are recorded. The 2.5th and 97.5th
percentiles of the bootstrap distributions give 95% intervals; the bootstrap standard
error of the mean is returned too.

Keywords: bootstrap, resampling, confidence interval, percentile, standard error
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


def _percentile(sorted_values, q: float) -> float:
    pos = q * (len(sorted_values) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


@python_benchmark(args=(600, 500), cases=[(0, 5), (5, 0), (1, 3), (4, 10), (7, 2)])
def bootstrap_mean_interval(n: int, resamples: int) -> Tuple[float, float, float, float, float, float]:
    """Bootstrap 95% intervals for the mean and median of n samples with B resamples."""
    if n <= 0 or resamples <= 0:
        return 0.0, 0.0, 0.0, 0.0, 0.0, 0.0
    state = 42424
    data = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = state / 0x7FFFFFFF
        data.append(u * u * 10.0)
    means = []
    medians = []
    for _ in range(resamples):
        sample = []
        for _ in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            sample.append(data[state % n])
        means.append(sum(sample) / n)
        sample.sort()
        medians.append(sample[n // 2] if n % 2 else (sample[n // 2 - 1] + sample[n // 2]) / 2.0)
    grand = sum(means) / resamples
    se = math.sqrt(sum((m - grand) ** 2 for m in means) / max(resamples - 1, 1))
    means.sort()
    medians.sort()
    return (_percentile(means, 0.025), _percentile(means, 0.975),
            _percentile(medians, 0.025), _percentile(medians, 0.975), grand, se)
