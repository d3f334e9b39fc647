"""Threshold rebalancing of a multi-asset portfolio with transaction costs.

Asset returns are drawn each day from a seeded LCG; holdings drift away from the
target weights and the whole portfolio is rebalanced back whenever any weight
deviates from its target by more than a threshold, paying a proportional cost on
the traded value. The pair returns final wealth, the number of rebalances, the total
cost paid and the largest weight deviation seen.

Keywords: finance, portfolio rebalancing, asset allocation, transaction costs, drift
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(6, 30000, 0.05, 0.001, 15), cases=[(1, 100, 0.05, 0.001, 1), (3, 0, 0.05, 0.001, 2), (4, 200, 0.02, 0.002, 3), (0, 10, 0.05, 0.001, 4)], tolerance=1e-7)
def threshold_rebalancing_drift(assets: int, days: int, threshold: float, cost: float, seed: int) -> Tuple[float, int, float, float]:
    """Return (final wealth, rebalances, total cost, max weight deviation)."""
    if assets <= 0:
        return 0.0, 0, 0.0, 0.0
    target = [(a + 1) / (assets * (assets + 1) / 2) for a in range(assets)]
    holdings = target[:]
    state = seed & 0x7FFFFFFF
    rebalances = 0
    paid = worst = 0.0
    for _ in range(days):
        for a in range(assets):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            holdings[a] *= 1.0 + 0.00002 * (a + 1) + 0.01 * (a + 1) * (state / 2147483648.0 - 0.5)
        wealth = sum(holdings)
        deviation = max(abs(h / wealth - t) for h, t in zip(holdings, target))
        worst = max(worst, deviation)
        if deviation > threshold:
            traded = sum(abs(h - t * wealth) for h, t in zip(holdings, target))
            fee = traded * cost
            paid += fee
            wealth -= fee
            holdings = [t * wealth for t in target]
            rebalances += 1
    return sum(holdings), rebalances, paid, worst
