"""Black-Scholes prices for a ladder of strikes and maturities.

European calls and puts are priced on a grid of strikes around the spot and a range of
maturities using the closed form with the normal CDF written through erf. The pair
returns the sum of call and put values, put-call parity's worst residual and a few
sampled prices.

Keywords: finance, black scholes, option pricing, normal cdf, erf, derivatives
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def norm_cdf(x: float) -> float:
    return 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))


@python_benchmark(args=(100.0, 0.03, 0.25, 400, 120), cases=[(100.0, 0.03, 0.2, 0, 5), (50.0, 0.01, 0.3, 1, 1), (80.0, 0.05, 0.4, 7, 3), (100.0, 0.0, 0.2, 3, 0)])
def black_scholes_strike_ladder(spot: float, rate: float, vol: float, strikes: int, maturities: int) -> Tuple[float, float, float, List[float]]:
    """Return (sum of calls, sum of puts, worst parity residual, sampled calls)."""
    calls_total = puts_total = worst = 0.0
    samples = []
    for i in range(strikes):
        strike = spot * (0.5 + i / max(strikes, 1))
        for j in range(maturities):
            t = 0.05 + 0.05 * j
            root = vol * math.sqrt(t)
            d1 = (math.log(spot / strike) + (rate + 0.5 * vol * vol) * t) / root
            d2 = d1 - root
            discount = strike * math.exp(-rate * t)
            call = spot * norm_cdf(d1) - discount * norm_cdf(d2)
            put = discount * norm_cdf(-d2) - spot * norm_cdf(-d1)
            calls_total += call
            puts_total += put
            worst = max(worst, abs(call - put - spot + discount))
            if (i * maturities + j) % 997 == 0:
                samples.append(call)
    return calls_total, puts_total, worst, samples
