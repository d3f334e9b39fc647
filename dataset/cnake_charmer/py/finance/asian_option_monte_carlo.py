"""Monte Carlo price of arithmetic-average Asian call and put options.

Geometric Brownian motion paths are simulated with Box-Muller normals from a seeded
LCG; the payoff uses the arithmetic mean of the monitored prices. The pair returns the
discounted call and put prices, their standard errors and the mean terminal price.

Keywords: finance, asian option, monte carlo, geometric brownian motion, derivatives
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(2500, 50, 100.0, 100.0, 0.04, 0.3, 31), cases=[(0, 10, 100.0, 100.0, 0.04, 0.3, 1), (1, 1, 100.0, 90.0, 0.04, 0.3, 2), (100, 12, 50.0, 55.0, 0.02, 0.5, 3), (10, 0, 100.0, 100.0, 0.04, 0.3, 4)], tolerance=1e-7)
def asian_option_monte_carlo(paths: int, steps: int, spot: float, strike: float, rate: float, vol: float, seed: int) -> Tuple[float, float, float, float, float]:
    """Return (call, put, call std error, put std error, mean terminal price)."""
    if paths <= 0 or steps <= 0:
        return 0.0, 0.0, 0.0, 0.0, 0.0
    state = seed & 0x7FFFFFFF
    dt = 1.0 / steps
    drift = (rate - 0.5 * vol * vol) * dt
    shock = vol * math.sqrt(dt)
    calls, puts, terminal = [], [], 0.0
    spare = None
    for _ in range(paths):
        price, running = spot, 0.0
        for _ in range(steps):
            if spare is None:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                u1 = (state + 1) / 2147483649.0
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                radius = math.sqrt(-2.0 * math.log(u1))
                angle = 2.0 * math.pi * state / 2147483648.0
                z, spare = radius * math.cos(angle), radius * math.sin(angle)
            else:
                z, spare = spare, None
            price *= math.exp(drift + shock * z)
            running += price
        average = running / steps
        calls.append(max(average - strike, 0.0))
        puts.append(max(strike - average, 0.0))
        terminal += price
    disc = math.exp(-rate)

    def price_and_error(payoffs: list) -> Tuple[float, float]:
        mean = sum(payoffs) / paths
        var = sum((x - mean) ** 2 for x in payoffs) / max(paths - 1, 1)
        return disc * mean, disc * math.sqrt(var / paths)

    call, call_err = price_and_error(calls)
    put, put_err = price_and_error(puts)
    return call, put, call_err, put_err, terminal / paths
