"""Mann-Whitney U test with tie-corrected normal approximation.

Two samples of integer scores (with many ties, the second shifted upward) are pooled
and ranked with average ranks for ties. U for the first sample follows from its rank
sum; the z-score uses the tie-corrected variance. Returns U1, U2, z, the rank sum and
the tie correction term.

Keywords: mann whitney u, wilcoxon rank sum, ties, nonparametric test, ranks
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40000, 30000), cases=[(0, 4), (4, 0), (1, 1), (3, 5), (20, 20)])
def mann_whitney_u_ranks(n1: int, n2: int) -> Tuple[float, float, float, float, float]:
    """U statistics, z-score, rank sum and tie term for generated samples of sizes n1, n2."""
    if n1 <= 0 or n2 <= 0:
        return 0.0, 0.0, 0.0, 0.0, 0.0
    state = 8642
    pooled = []
    for i in range(n1 + n2):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        score = state % 300 + (25 if i >= n1 else 0)
        pooled.append((score, i < n1))
    pooled.sort(key=lambda item: item[0])
    rank_sum = 0.0
    tie_term = 0.0
    i = 0
    total = n1 + n2
    while i < total:
        j = i
        while j + 1 < total and pooled[j + 1][0] == pooled[i][0]:
            j += 1
        avg = (i + j) / 2.0 + 1.0
        t = j - i + 1
        tie_term += t ** 3 - t
        rank_sum += avg * sum(1 for k in range(i, j + 1) if pooled[k][1])
        i = j + 1
    u1 = rank_sum - n1 * (n1 + 1) / 2.0
    u2 = n1 * n2 - u1
    mean_u = n1 * n2 / 2.0
    var_u = n1 * n2 / 12.0 * ((total + 1) - tie_term / (total * (total - 1))) if total > 1 else 0.0
    z = (u1 - mean_u) / math.sqrt(var_u) if var_u > 0 else 0.0
    return u1, u2, z, rank_sum, tie_term
