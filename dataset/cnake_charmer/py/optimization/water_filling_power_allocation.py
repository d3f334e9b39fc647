"""Water-filling power allocation over parallel channels by bisection.

Each of many channel sets has noise levels drawn from a seeded LCG. The capacity-
maximising allocation gives channel i the power max(0, mu - noise_i), with the water
level mu chosen so the powers sum to the budget; mu is found by bisection. The pair
returns the total capacity over all sets, the number of channels left unpowered and
the allocation of the last set.

Keywords: optimization, water filling, bisection, power allocation, convex optimisation, capacity
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(250, 32, 10.0, 5), cases=[(0, 4, 1.0, 1), (1, 1, 1.0, 2), (3, 5, 2.0, 3), (2, 3, 0.0, 4)], tolerance=1e-9)
def water_filling_power_allocation(sets: int, channels: int, budget: float, seed: int) -> Tuple[float, int, List[float]]:
    """Return (total capacity in nats, unpowered channels, last allocation)."""
    state = seed & 0x7FFFFFFF
    capacity = 0.0
    unpowered = 0
    powers: List[float] = []
    for _ in range(sets):
        noise = []
        for _ in range(channels):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            noise.append(0.1 + 2.0 * state / 2147483648.0)
        if not noise:
            powers = []
            continue
        lo, hi = min(noise), max(noise) + budget
        for _ in range(60):
            mu = 0.5 * (lo + hi)
            used = sum(max(0.0, mu - n) for n in noise)
            if used > budget:
                hi = mu
            else:
                lo = mu
        powers = [max(0.0, lo - n) for n in noise]
        capacity += sum(math.log1p(p / n) for p, n in zip(powers, noise))
        unpowered += sum(1 for p in powers if p == 0.0)
    return capacity, unpowered, powers
