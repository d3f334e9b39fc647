"""Price an American put on a Cox-Ross-Rubinstein binomial tree.

The tree has `steps` levels; backward induction takes the larger of the continuation
value and immediate exercise at every node. Besides the price the pair returns the
European price on the same tree and the number of nodes where early exercise is
optimal, which pins down the exercise boundary.

Keywords: finance, binomial tree, american option, backward induction, crr model
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(100.0, 100.0, 0.05, 0.3, 1.0, 500), cases=[(100.0, 100.0, 0.05, 0.3, 1.0, 1), (100.0, 90.0, 0.02, 0.2, 0.5, 10), (50.0, 60.0, 0.03, 0.4, 2.0, 50), (100.0, 100.0, 0.05, 0.3, 1.0, 0)])
def binomial_american_put(spot: float, strike: float, rate: float, vol: float, years: float, steps: int) -> Tuple[float, float, int]:
    """Return (American put, European put, early-exercise node count)."""
    if steps <= 0:
        value = max(strike - spot, 0.0)
        return value, value, 0
    dt = years / steps
    up = math.exp(vol * math.sqrt(dt))
    down = 1.0 / up
    growth = math.exp(rate * dt)
    p = (growth - down) / (up - down)
    disc = 1.0 / growth
    american = [max(strike - spot * up ** j * down ** (steps - j), 0.0) for j in range(steps + 1)]
    european = american[:]
    exercised = 0
    for level in range(steps - 1, -1, -1):
        for j in range(level + 1):
            cont = disc * (p * american[j + 1] + (1.0 - p) * american[j])
            intrinsic = strike - spot * up ** j * down ** (level - j)
            if intrinsic > cont:
                american[j] = intrinsic
                exercised += 1
            else:
                american[j] = cont
            european[j] = disc * (p * european[j + 1] + (1.0 - p) * european[j])
    return american[0], european[0], exercised
