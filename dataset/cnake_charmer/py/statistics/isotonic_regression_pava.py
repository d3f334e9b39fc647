"""Isotonic (monotone non-decreasing) regression by the pool-adjacent-violators algorithm.

Noisy observations of an increasing trend, with positive weights, are fitted by the
closest non-decreasing sequence in weighted least squares. PAVA scans left to right,
keeping a stack of blocks (weighted mean, total weight, length) and merging the last
two blocks while they violate monotonicity. Returns the number of blocks, the weighted
squared error, the fitted values at a few positions and the largest block length.

Keywords: isotonic regression, pool adjacent violators, monotone fit, weighted least squares
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(70000,), cases=[(0,), (1,), (2,), (30,)])
def isotonic_regression_pava(n: int) -> Tuple[int, float, List[float], int]:
    """Fit a non-decreasing sequence to n weighted noisy points; summarise the fit."""
    state = 4711
    values = []
    weights = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append(math.log1p(i) + 1.5 * (state / 0x7FFFFFFF - 0.5))
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        weights.append(1.0 + state % 4)
    blocks: List[List[float]] = []  # [mean, weight, length]
    for v, w in zip(values, weights):
        blocks.append([v, w, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            m2, w2, l2 = blocks.pop()
            m1, w1, l1 = blocks.pop()
            total = w1 + w2
            blocks.append([(m1 * w1 + m2 * w2) / total, total, l1 + l2])
    fitted = []
    for mean, _, length in blocks:
        fitted.extend([mean] * int(length))
    error = sum((w * (v - f) ** 2 for v, w, f in zip(values, weights, fitted)), 0.0)
    longest = max((int(b[2]) for b in blocks), default=0)
    return len(blocks), error, fitted[:: max(n // 6, 1)], longest
