"""Credit portfolio loss distribution under the one-factor Vasicek model.

Each scenario draws a systematic factor Z and, for every obligor, an idiosyncratic
shock; the obligor defaults when sqrt(rho) Z + sqrt(1 - rho) e falls below the
default threshold (obligors have LCG-drawn exposures and one of three rating
thresholds). The pair returns the mean loss, the 99% loss quantile, the worst loss
and a coarse histogram of losses.

Keywords: finance, credit risk, vasicek, default correlation, loss distribution, monte carlo
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

THRESHOLDS = (-2.326, -1.645, -1.282)


@python_benchmark(args=(1000, 150, 0.2, 19), cases=[(0, 10, 0.2, 1), (1, 1, 0.2, 2), (50, 20, 0.5, 3), (10, 0, 0.2, 4)])
def vasicek_portfolio_loss(scenarios: int, obligors: int, rho: float, seed: int) -> Tuple[float, int, int, List[int]]:
    """Return (mean loss, 99% loss quantile, worst loss, histogram of losses in tenths)."""
    state = seed & 0x7FFFFFFF

    def normal() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u1 = (state + 1) / 2147483649.0
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * state / 2147483648.0)

    exposures, ratings = [], []
    for _ in range(obligors):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        exposures.append(1 + (state >> 8) % 100)
        ratings.append((state >> 4) % 3)
    total_exposure = sum(exposures)
    a, b = math.sqrt(rho), math.sqrt(1.0 - rho)
    losses = []
    for _ in range(scenarios):
        z = normal()
        loss = 0
        for exposure, rating in zip(exposures, ratings):
            if a * z + b * normal() < THRESHOLDS[rating]:
                loss += exposure
        losses.append(loss)
    if not losses:
        return 0.0, 0, 0, [0] * 10
    ordered = sorted(losses)
    hist = [0] * 10
    for loss in losses:
        hist[min(loss * 10 // max(total_exposure, 1), 9)] += 1
    return sum(losses) / len(losses), ordered[int(0.99 * (len(ordered) - 1))], ordered[-1], hist
