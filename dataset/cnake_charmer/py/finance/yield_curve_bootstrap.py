"""Bootstrap zero rates and forward rates from par swap quotes.

For many synthetic curves (LCG-perturbed Nelson-Siegel shapes) annual par rates are
quoted for maturities 1..n. Discount factors are bootstrapped one maturity at a time
from the par condition, then converted to continuously compounded zero rates and
one-year forward rates. The pair returns, for the last curve, the zero and forward
rates, and across all curves the lowest forward rate and the mean 10-year zero rate.

Keywords: finance, yield curve, bootstrapping, discount factors, zero rates, forward rates
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(2000, 30, 12), cases=[(0, 10, 1), (1, 1, 2), (3, 10, 3), (2, 0, 4)])
def yield_curve_bootstrap(curves: int, maturities: int, seed: int) -> Tuple[List[float], List[float], float, float]:
    """Return (last zero rates, last forward rates, min forward, mean 10y zero)."""
    state = seed & 0x7FFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state / 2147483648.0

    zeros: List[float] = []
    forwards: List[float] = []
    lowest = math.inf
    ten_year_total = 0.0
    for _ in range(curves):
        level, slope, curve = 0.03 + 0.02 * uniform(), -0.02 + 0.04 * uniform(), 0.03 * uniform()
        par = []
        for m in range(1, maturities + 1):
            x = m / 3.0
            decay = (1.0 - math.exp(-x)) / x
            par.append(level + slope * decay + curve * (decay - math.exp(-x)))
        discounts: List[float] = []
        annuity = 0.0
        for m, c in enumerate(par, start=1):
            df = (1.0 - c * annuity) / (1.0 + c)
            discounts.append(df)
            annuity += df
        zeros = [-math.log(df) / m for m, df in enumerate(discounts, start=1)]
        forwards = [math.log(discounts[m - 1] / discounts[m]) if m > 0 else zeros[0] for m in range(len(discounts))]
        if forwards:
            lowest = min(lowest, min(forwards))
        if len(zeros) >= 10:
            ten_year_total += zeros[9]
    mean_ten = ten_year_total / curves if curves > 0 else 0.0
    return zeros, forwards, lowest if lowest != math.inf else 0.0, mean_ten
