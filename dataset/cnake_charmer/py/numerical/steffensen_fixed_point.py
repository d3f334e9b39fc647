"""Steffensen's method versus plain iteration for the fixed points of x = cos(k x) / 2 + c.

For a family of contraction maps g(x) = 0.5 cos(k x) + c, plain fixed-point iteration
and Steffensen's acceleration (Aitken's delta-squared applied every step) are both run
to a 1e-13 tolerance. The iteration counts of both methods and the fixed points found
expose how much the acceleration saves.

Keywords: fixed point iteration, steffensen method, aitken acceleration, convergence
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(8000,), cases=[(0,), (1,), (2,), (40,)])
def steffensen_fixed_point(count: int) -> Tuple[int, int, float, float, List[float]]:
    """Solve count fixed-point problems two ways; return counts, sums and samples."""
    plain_total = 0
    steff_total = 0
    plain_sum = 0.0
    steff_sum = 0.0
    samples = []
    for i in range(count):
        k = 0.2 + 1.6 * i / max(count, 1)
        c = 0.1 + 0.8 * ((i * 37) % 101) / 101

        def g(x: float) -> float:
            return 0.5 * math.cos(k * x) + c

        x = 0.0
        for plain_iters in range(1, 2001):
            nxt = g(x)
            done = abs(nxt - x) < 1e-13
            x = nxt
            if done:
                break
        plain_total += plain_iters
        plain_sum += x
        y = 0.0
        for steff_iters in range(1, 201):
            y1 = g(y)
            y2 = g(y1)
            denom = y2 - 2.0 * y1 + y
            nxt = y2 if denom == 0.0 else y - (y1 - y) ** 2 / denom
            done = abs(nxt - y) < 1e-13
            y = nxt
            if done:
                break
        steff_total += steff_iters
        steff_sum += y
        if i % 2000 == 0:
            samples.append(y)
    return plain_total, steff_total, plain_sum, steff_sum, samples
