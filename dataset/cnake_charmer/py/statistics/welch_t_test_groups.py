"""Welch's unequal-variance t-test between consecutive pairs of generated groups.

g groups of varying size, mean and spread are generated from an LCG. For each
consecutive pair the t statistic uses the separate variances and the Welch-Satterthwaite
approximation gives the degrees of freedom. Returns the list of (t, df) values and the
index of the most significant comparison.

Keywords: welch t test, unequal variances, satterthwaite, hypothesis test, group means
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(200, 600), cases=[(0, 5), (1, 10), (2, 1), (3, 2), (5, 7)])
def welch_t_test_groups(g: int, base: int) -> Tuple[List[Tuple[float, float]], int]:
    """Welch t and df for each consecutive pair of g groups; index of the largest |t|."""
    state = 112358
    groups = []
    for k in range(g):
        size = base + (k * 37) % (base + 1)
        centre = (k % 5) * 0.3
        spread = 0.5 + (k % 3)
        values = []
        for _ in range(size):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            values.append(centre + spread * (state / 0x7FFFFFFF - 0.5))
        groups.append(values)
    results = []
    for a, b in zip(groups, groups[1:]):
        na, nb = len(a), len(b)
        if na < 2 or nb < 2:
            results.append((0.0, 0.0))
            continue
        ma = sum(a) / na
        mb = sum(b) / nb
        va = sum((x - ma) ** 2 for x in a) / (na - 1)
        vb = sum((x - mb) ** 2 for x in b) / (nb - 1)
        sa = va / na
        sb = vb / nb
        t = (ma - mb) / math.sqrt(sa + sb)
        df = (sa + sb) ** 2 / (sa * sa / (na - 1) + sb * sb / (nb - 1))
        results.append((t, df))
    best = max(range(len(results)), key=lambda i: abs(results[i][0])) if results else -1
    return results, best
