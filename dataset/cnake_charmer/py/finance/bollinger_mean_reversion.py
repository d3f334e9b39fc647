"""Backtest a Bollinger-band mean-reversion strategy on a simulated price.

Prices follow a mean-reverting (Ornstein-Uhlenbeck style) process from a seeded LCG.
The strategy buys when the close drops below the lower band (mean - k std over the
window) and sells when it rises above the mean; bands use running sums. The pair
returns the number of round trips, the total profit, the win count and the largest
loss.

Keywords: finance, bollinger bands, mean reversion, backtest, trading strategy
"""

import math
from collections import deque
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(200000, 20, 2.0, 41), cases=[(0, 20, 2.0, 1), (5, 20, 2.0, 2), (400, 10, 1.5, 3), (100, 1, 2.0, 4)], tolerance=1e-7)
def bollinger_mean_reversion(days: int, window: int, k: float, seed: int) -> Tuple[int, float, int, float]:
    """Return (round trips, total profit, winning trades, worst trade)."""
    if window < 2:
        raise ValueError("window must be at least 2")
    state = seed & 0x7FFFFFFF
    price = 100.0
    recent: deque = deque()
    total = total_sq = 0.0
    entry = None
    trips = wins = 0
    profit = worst = 0.0
    for _ in range(days):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        price += 0.05 * (100.0 - price) + (state / 2147483648.0 - 0.5) * 2.0
        recent.append(price)
        total += price
        total_sq += price * price
        if len(recent) > window:
            old = recent.popleft()
            total -= old
            total_sq -= old * old
        if len(recent) < window:
            continue
        mean = total / window
        std = math.sqrt(max(total_sq / window - mean * mean, 0.0))
        if entry is None and price < mean - k * std:
            entry = price
        elif entry is not None and price > mean:
            gain = price - entry
            trips += 1
            profit += gain
            wins += gain > 0
            worst = min(worst, gain)
            entry = None
    return trips, profit, wins, worst
