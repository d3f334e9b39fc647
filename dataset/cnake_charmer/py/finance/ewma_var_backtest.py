"""Backtest a RiskMetrics EWMA value-at-risk model on simulated returns.

Daily returns are drawn with a volatility that switches between a calm and a stressed
regime (seeded LCG, Box-Muller normals). Each day's 99% VaR is 2.326 times the EWMA
volatility forecast (lambda = 0.94) made the day before; a loss beyond it is an
exceedance. The pair returns the exceedance count, the first exceedance days, and the
final and largest volatility forecasts.

Keywords: finance, value at risk, ewma, riskmetrics, backtesting, volatility
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(30000, 0.94, 29), cases=[(0, 0.94, 1), (1, 0.94, 2), (300, 0.9, 3), (50, 0.0, 4)])
def ewma_var_backtest(days: int, lam: float, seed: int) -> Tuple[int, List[int], float, float]:
    """Return (exceedances, first exceedance days, final sigma, max sigma)."""
    state = seed & 0x7FFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state + 1) / 2147483649.0

    variance = 0.01 ** 2
    stressed = False
    exceed = 0
    first: List[int] = []
    max_sigma = math.sqrt(variance)
    for day in range(days):
        if uniform() < 0.01:
            stressed = not stressed
        vol = 0.03 if stressed else 0.01
        z = math.sqrt(-2.0 * math.log(uniform())) * math.cos(2.0 * math.pi * uniform())
        ret = vol * z
        sigma = math.sqrt(variance)
        if -ret > 2.326 * sigma:
            exceed += 1
            if len(first) < 10:
                first.append(day)
        variance = lam * variance + (1.0 - lam) * ret * ret
        max_sigma = max(max_sigma, math.sqrt(variance))
    return exceed, first, math.sqrt(variance), max_sigma
