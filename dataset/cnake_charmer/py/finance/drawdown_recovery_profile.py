"""Drawdown profile of a simulated equity curve.

An equity curve is compounded from LCG daily returns. For every day the drawdown
from the running peak is tracked; the pair reports the maximum drawdown, the longest
time under water, the number of distinct drawdown episodes and the mean drawdown.

Keywords: finance, drawdown, equity curve, risk, time under water
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(100000, 0.0003, 0.012, 19), cases=[(0, 0.0, 0.01, 1), (1, 0.001, 0.01, 2), (100, 0.0, 0.02, 3), (50, -0.01, 0.0, 4)])
def drawdown_recovery_profile(days: int, drift: float, vol: float, seed: int) -> Tuple[float, int, int, float]:
    """Return (max drawdown, longest underwater streak, episodes, mean drawdown)."""
    state = seed & 0x7FFFFFFF
    equity = peak = 1.0
    worst = 0.0
    total = 0.0
    streak = longest = episodes = 0
    for _ in range(days):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        equity *= 1.0 + drift + vol * (2.0 * state / 2147483648.0 - 1.0)
        if equity >= peak:
            peak = equity
            streak = 0
            continue
        if streak == 0:
            episodes += 1
        streak += 1
        longest = max(longest, streak)
        drawdown = 1.0 - equity / peak
        worst = max(worst, drawdown)
        total += drawdown
    return worst, longest, episodes, total / days if days > 0 else 0.0
