"""Kendall's tau-b rank correlation by direct comparison of all pairs.

Two related integer variables with ties are generated from an LCG. Every pair (i, j)
is classified as concordant, discordant or tied in x, in y, or in both; tau-b divides
the concordant-minus-discordant count by the tie-corrected normaliser. The pair counts
and tau-b are returned.

Keywords: kendall tau, rank correlation, concordant pairs, ties, nonparametric
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(900,), cases=[(0,), (1,), (2,), (3,), (30,)])
def kendall_tau_pairs(n: int) -> Tuple[int, int, int, int, float]:
    """Concordant, discordant, x-ties, y-ties counts and tau-b for n generated pairs."""
    state = 2468
    xs = []
    ys = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = state % 60
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        xs.append(x)
        ys.append(x + state % 40)
    concordant = discordant = tie_x = tie_y = 0
    for i in range(n):
        xi, yi = xs[i], ys[i]
        for j in range(i + 1, n):
            dx = xs[j] - xi
            dy = ys[j] - yi
            if dx == 0 and dy == 0:
                continue
            if dx == 0:
                tie_x += 1
            elif dy == 0:
                tie_y += 1
            elif (dx > 0) == (dy > 0):
                concordant += 1
            else:
                discordant += 1
    denom = math.sqrt((concordant + discordant + tie_x) * (concordant + discordant + tie_y))
    tau = (concordant - discordant) / denom if denom else 0.0
    return concordant, discordant, tie_x, tie_y, tau
