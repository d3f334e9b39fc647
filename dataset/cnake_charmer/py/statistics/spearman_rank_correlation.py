"""Spearman rank correlation with average ranks for ties.

Two related integer variables (with many ties) are generated from an LCG. Each is
ranked with tied values receiving the average of their positions, and Spearman's rho
is the Pearson correlation of the ranks. Returns rho, the sum of squared rank
differences and the first few ranks of each variable.

Keywords: spearman correlation, ranking, ties, average rank, nonparametric statistics
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _ranks(values: List[int]) -> List[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        avg = (i + j) / 2.0 + 1.0
        for t in range(i, j + 1):
            ranks[order[t]] = avg
        i = j + 1
    return ranks


@python_benchmark(args=(60000,), cases=[(0,), (1,), (2,), (3,), (25,)])
def spearman_rank_correlation(n: int) -> Tuple[float, float, List[float], List[float]]:
    """Spearman's rho of two tied integer variables of length n."""
    state = 1357
    xs = []
    ys = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = state % 500
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        xs.append(x)
        ys.append(x // 3 + state % 200)
    rx = _ranks(xs)
    ry = _ranks(ys)
    d2 = sum((a - b) ** 2 for a, b in zip(rx, ry))
    if n < 2:
        return 0.0, d2, rx[:5], ry[:5]
    mean = (n + 1) / 2.0
    cov = sum((a - mean) * (b - mean) for a, b in zip(rx, ry))
    vx = sum((a - mean) ** 2 for a in rx)
    vy = sum((b - mean) ** 2 for b in ry)
    rho = cov / math.sqrt(vx * vy) if vx > 0 and vy > 0 else 0.0
    return rho, d2, rx[:5], ry[:5]
