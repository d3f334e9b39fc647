"""Pearson correlation matrix of several related time series.

k series of length n are generated from shared and private LCG noise so their
correlations differ. Each series is centred and scaled, and the k x k matrix of Pearson
coefficients is formed from dot products. Returns the full matrix (rounded structure
intact) and the most strongly correlated distinct pair.

Keywords: pearson correlation, correlation matrix, covariance, standardisation, time series
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(12, 8000), cases=[(0, 5), (1, 4), (2, 2), (3, 1), (4, 30)])
def pearson_correlation_matrix(k: int, n: int) -> Tuple[List[List[float]], Tuple[int, int]]:
    """k x k Pearson matrix of k generated series of length n, and the top pair."""
    state = 271828
    common = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        common.append(state / 0x7FFFFFFF - 0.5)
    series = []
    for s in range(k):
        weight = (s + 1) / (k + 1)
        row = []
        for t in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(weight * common[t] + (1.0 - weight) * (state / 0x7FFFFFFF - 0.5))
        series.append(row)
    standardised = []
    for row in series:
        mean = sum(row) / n if n else 0.0
        centred = [v - mean for v in row]
        scale = math.sqrt(sum(v * v for v in centred))
        standardised.append([v / scale for v in centred] if scale > 0 else centred)
    corr = [[sum((p * q for p, q in zip(a, b)), 0.0) for b in standardised] for a in standardised]
    best = (-1, -1)
    best_value = -2.0
    for i in range(k):
        for j in range(i + 1, k):
            if abs(corr[i][j]) > best_value:
                best_value = abs(corr[i][j])
                best = (i, j)
    return corr, best
