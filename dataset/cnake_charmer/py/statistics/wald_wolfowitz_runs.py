"""Wald-Wolfowitz runs test for randomness around the median, on several sequences.

Three sequences are generated: LCG noise, a slowly drifting series and an alternating
one. Each value is labelled above or below the sequence median (values equal to the
median dropped), runs of equal labels are counted, and the z-score compares the count
with its expectation under randomness. Returns (runs, n_above, n_below, z) per sequence.

Keywords: runs test, wald wolfowitz, randomness test, median, z score
"""

import math
import statistics
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _runs_test(values: List[float]) -> Tuple[int, int, int, float]:
    med = statistics.median(values)
    labels = [v > med for v in values if v != med]
    n1 = sum(labels)
    n2 = len(labels) - n1
    runs = sum(1 for a, b in zip(labels, labels[1:]) if a != b) + (1 if labels else 0)
    if n1 == 0 or n2 == 0:
        return runs, n1, n2, 0.0
    n = n1 + n2
    expected = 2.0 * n1 * n2 / n + 1.0
    variance = 2.0 * n1 * n2 * (2.0 * n1 * n2 - n) / (n * n * (n - 1))
    z = (runs - expected) / math.sqrt(variance) if variance > 0 else 0.0
    return runs, n1, n2, z


@python_benchmark(args=(80000,), cases=[(1,), (2,), (3,), (25,)])
def wald_wolfowitz_runs(n: int) -> List[Tuple[int, int, int, float]]:
    """Runs-test results for a noise, a drifting and an alternating sequence of length n."""
    n = max(n, 1)
    state = 9090
    noise = []
    drift = []
    level = 0.0
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = state / 0x7FFFFFFF - 0.5
        noise.append(u)
        level += 0.1 * u
        drift.append(level)
    alternating = [(-1.0) ** i * (1.0 + abs(x)) for i, x in enumerate(noise)]
    return [_runs_test(seq) for seq in (noise, drift, alternating)]
