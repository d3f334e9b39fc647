"""Daily water balance of a reservoir under a hedging release rule.

Inflow follows a seasonal cycle with seeded noise; evaporation grows with the lake
surface (storage to the power 2/3); the operator releases the full demand while
storage is above a hedging threshold and only a fraction of it below, and spills
whatever exceeds capacity. Every threshold on a grid is simulated with the same
inflows. Returns the best threshold by shortage-squared cost, its reliability, its
total spill and the lowest storage it reaches.

Keywords: simulation, reservoir operation, water balance, hedging rule, hydrology, storage
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(3650, 24, 5), cases=[(10, 1, 1), (0, 3, 2), (100, 4, 3), (365, 6, 4)])
def reservoir_water_balance(days: int, thresholds: int, seed: int) -> Tuple[float, float, float, float]:
    """Grid-search the hedging threshold over `days` days of simulated inflow."""
    state = seed & 0x7FFFFFFF
    inflow = []
    for d in range(days):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        noise = (state >> 8) % 1000 / 1000.0
        inflow.append(max(0.0, 40.0 + 35.0 * math.sin(2 * math.pi * d / 365.0) + 30.0 * (noise - 0.5)))
    capacity, demand = 5000.0, 42.0
    best = (0.0, 0.0, 0.0, 0.0)
    best_cost = float("inf")
    for k in range(thresholds):
        threshold = capacity * k / max(thresholds, 1)
        storage = capacity / 2
        cost = 0.0
        met = 0
        spill = 0.0
        lowest = storage
        for d in range(days):
            storage += inflow[d]
            storage -= 0.002 * storage ** (2.0 / 3.0)
            want = demand if storage > threshold else 0.7 * demand
            release = min(want, storage)
            storage -= release
            shortage = demand - release
            cost += shortage * shortage
            if shortage <= 1e-12:
                met += 1
            if storage > capacity:
                spill += storage - capacity
                storage = capacity
            lowest = min(lowest, storage)
        if cost < best_cost:
            best_cost = cost
            best = (threshold, met / days if days else 1.0, spill, lowest)
    return best
