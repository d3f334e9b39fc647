"""Compare betting fractions on a biased coin by simulated log-wealth growth.

A gambler repeatedly stakes a fixed fraction f of wealth on a coin that wins with
probability p at even odds. For each fraction on a grid the same LCG coin sequence
is replayed and the final log-wealth, the worst drawdown in log terms and the number
of new wealth highs are recorded; the Kelly fraction 2p - 1 should grow fastest.

Keywords: finance, kelly criterion, betting, log utility, growth rate, simulation
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(20000, 0.55, 12, 8), cases=[(0, 0.55, 4, 1), (1, 0.6, 1, 2), (200, 0.52, 5, 3), (100, 0.5, 0, 4)])
def kelly_fraction_growth(bets: int, p: float, fractions: int, seed: int) -> List[Tuple[float, float, int]]:
    """Return [(final log wealth, worst log drawdown, new highs)] per fraction."""
    results = []
    for k in range(fractions):
        f = 0.5 * (k + 1) / fractions
        state = seed & 0x7FFFFFFF
        log_wealth = peak = worst = 0.0
        highs = 0
        for _ in range(bets):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if state / 2147483648.0 < p:
                log_wealth += math.log1p(f)
            else:
                log_wealth += math.log1p(-f)
            if log_wealth > peak:
                peak = log_wealth
                highs += 1
            worst = max(worst, peak - log_wealth)
        results.append((log_wealth, worst, highs))
    return results
