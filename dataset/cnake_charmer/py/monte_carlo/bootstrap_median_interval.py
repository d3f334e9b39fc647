"""Bootstrap a confidence interval for the median of a skewed sample.

A sample of exponential-like values is generated from a seeded LCG; each bootstrap
replicate resamples it with replacement and records the median. The sorted replicate
medians give a percentile interval; the pair returns the interval, the mean of the
replicates and the original median.

Keywords: monte carlo, bootstrap, median, confidence interval, resampling, statistics
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1000, 401, 23), cases=[(0, 10, 1), (5, 1, 2), (20, 9, 3), (10, 0, 4)])
def bootstrap_median_interval(replicates: int, size: int, seed: int) -> Tuple[float, float, float, float]:
    """Return (2.5% median, 97.5% median, mean of medians, sample median)."""
    if size <= 0 or replicates <= 0:
        return 0.0, 0.0, 0.0, 0.0
    state = seed & 0x7FFFFFFF

    def draw() -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state

    sample = [-math.log((draw() + 1) / 2147483649.0) for _ in range(size)]
    medians = []
    for _ in range(replicates):
        resample = sorted(sample[(draw() >> 4) % size] for _ in range(size))
        mid = size // 2
        medians.append(resample[mid] if size % 2 else 0.5 * (resample[mid - 1] + resample[mid]))
    medians.sort()
    low = medians[int(0.025 * (replicates - 1))]
    high = medians[int(0.975 * (replicates - 1))]
    ordered = sorted(sample)
    mid = size // 2
    median = ordered[mid] if size % 2 else 0.5 * (ordered[mid - 1] + ordered[mid])
    return low, high, sum(medians) / replicates, median
