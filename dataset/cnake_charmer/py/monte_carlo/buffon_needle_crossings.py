"""Buffon's needle: estimate pi from needles crossing parallel lines.

Needles of length l are dropped on a floor ruled with lines one unit apart; the
centre's distance to the nearest line and the angle come from a seeded LCG (the
angle is generated without using pi, by rejection-sampling a direction in the unit
disc). The number of crossings estimates 2 l / pi. For several needle lengths the
pair returns the crossings, the resulting pi estimates and the number of rejected
direction samples.

Keywords: monte carlo, buffon needle, geometric probability, pi estimation, rejection sampling
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(4, 25000, 19), cases=[(0, 10, 1), (1, 0, 2), (2, 30, 3), (3, 1, 4)])
def buffon_needle_crossings(lengths: int, drops: int, seed: int) -> Tuple[List[int], List[float], int]:
    """Return (crossings per needle length, pi estimates, rejected direction samples)."""
    state = seed & 0x7FFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state / 2147483648.0

    crossings, estimates, rejected = [], [], 0
    for k in range(lengths):
        length = 0.25 * (k + 1)
        hits = 0
        for _ in range(drops):
            centre = 0.5 * uniform()
            while True:
                dx, dy = 2.0 * uniform() - 1.0, 2.0 * uniform() - 1.0
                r2 = dx * dx + dy * dy
                if 0.0 < r2 <= 1.0:
                    break
                rejected += 1
            half_span = 0.5 * length * (abs(dy) / math.sqrt(r2))
            if centre <= half_span:
                hits += 1
        crossings.append(hits)
        estimates.append(2.0 * length * drops / hits if hits else 0.0)
    return crossings, estimates, rejected
