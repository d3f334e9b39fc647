"""Recover implied volatilities from option prices with safeguarded Newton steps.

A synthetic smile sigma(K, T) produces Black-Scholes call prices on a strike and
maturity grid; each price is then inverted back to a volatility by Newton's method
on vega, falling back to bisection when a step leaves the bracket. The pair returns
the largest recovery error, the total iterations and a few recovered volatilities.

Keywords: finance, implied volatility, newton method, vega, black scholes, volatility smile
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def bs_call(s: float, k: float, t: float, r: float, v: float) -> Tuple[float, float]:
    root = v * math.sqrt(t)
    d1 = (math.log(s / k) + (r + 0.5 * v * v) * t) / root
    d2 = d1 - root
    cdf1 = 0.5 * (1.0 + math.erf(d1 / math.sqrt(2.0)))
    cdf2 = 0.5 * (1.0 + math.erf(d2 / math.sqrt(2.0)))
    vega = s * math.sqrt(t) * math.exp(-0.5 * d1 * d1) / math.sqrt(2.0 * math.pi)
    return s * cdf1 - k * math.exp(-r * t) * cdf2, vega


@python_benchmark(args=(200, 80, 100.0, 0.02), cases=[(0, 5, 100.0, 0.02), (1, 1, 100.0, 0.0), (4, 3, 50.0, 0.05), (3, 0, 100.0, 0.02)])
def implied_volatility_surface(strikes: int, maturities: int, spot: float, rate: float) -> Tuple[float, int, List[float]]:
    """Return (max |recovered - true| vol, total iterations, sampled recovered vols)."""
    worst, iterations, samples = 0.0, 0, []
    for i in range(strikes):
        k = spot * (0.7 + 0.6 * i / max(strikes - 1, 1))
        for j in range(maturities):
            t = 0.1 + 0.1 * j
            true_vol = 0.2 + 0.1 * (math.log(k / spot)) ** 2 / t + 0.02 * j / max(maturities, 1)
            target, _ = bs_call(spot, k, t, rate, true_vol)
            lo, hi, v = 1e-4, 5.0, 0.5
            for _ in range(100):
                price, vega = bs_call(spot, k, t, rate, v)
                iterations += 1
                diff = price - target
                if abs(diff) < 1e-12:
                    break
                if diff > 0:
                    hi = v
                else:
                    lo = v
                step = v - diff / vega if vega > 1e-12 else -1.0
                v = step if lo < step < hi else 0.5 * (lo + hi)
            worst = max(worst, abs(v - true_vol))
            if (i * maturities + j) % 211 == 0:
                samples.append(v)
    return worst, iterations, samples
