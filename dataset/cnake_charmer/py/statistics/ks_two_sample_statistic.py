"""Two-sample Kolmogorov-Smirnov statistic by merging sorted samples.

Sample A is uniform-like and sample B a sum of two uniforms (triangular), both from an
LCG and of different sizes. After sorting, the two empirical CDFs are walked together
and the largest vertical gap D (and where it occurs) is recorded; the asymptotic
p-value comes from the Kolmogorov series.

Keywords: kolmogorov smirnov, two sample test, empirical cdf, sorting, goodness of fit
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


def _kolmogorov_p(lam: float) -> float:
    if lam < 1e-3:
        return 1.0
    total = 0.0
    for k in range(1, 101):
        total += 2.0 * (-1.0) ** (k - 1) * math.exp(-2.0 * k * k * lam * lam)
    return min(max(total, 0.0), 1.0)


@python_benchmark(args=(40000, 30000), cases=[(0, 5), (5, 0), (1, 1), (3, 4), (40, 25)])
def ks_two_sample_statistic(n: int, m: int) -> Tuple[float, float, float]:
    """KS statistic D between generated samples of sizes n and m, its location and p-value."""
    if n <= 0 or m <= 0:
        return 0.0, 0.0, 1.0
    state = 11235
    a = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a.append(state / 0x7FFFFFFF)
    b = []
    for _ in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = state / 0x7FFFFFFF
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        b.append((u + state / 0x7FFFFFFF) / 2.0)
    a.sort()
    b.sort()
    i = j = 0
    d = 0.0
    where = 0.0
    while i < n and j < m:
        x = min(a[i], b[j])
        while i < n and a[i] <= x:
            i += 1
        while j < m and b[j] <= x:
            j += 1
        gap = abs(i / n - j / m)
        if gap > d:
            d = gap
            where = x
    lam = (math.sqrt(n * m / (n + m)) + 0.12 + 0.11 / math.sqrt(n * m / (n + m))) * d
    return d, where, _kolmogorov_p(lam)
