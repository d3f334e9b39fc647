"""Estimate Gaussian tail probabilities by naive and importance sampling.

For thresholds t on a grid, P(Z > t) is estimated two ways from the same number of
Box-Muller normals: naive counting, and importance sampling from N(t, 1) with the
likelihood-ratio weight exp(-t z + t^2 / 2). The pair returns both estimates per
threshold and the exact value from erfc, showing how the naive estimate collapses to
zero in the far tail while the weighted one stays accurate.

Keywords: monte carlo, importance sampling, rare events, gaussian tail, variance reduction
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(6, 8000, 9), cases=[(0, 100, 1), (1, 0, 2), (3, 50, 3), (2, 1, 4)], tolerance=1e-7)
def importance_sampling_tail(thresholds: int, samples: int, seed: int) -> List[Tuple[float, float, float, float]]:
    """Return [(threshold, naive estimate, importance estimate, exact tail)]."""
    state = seed & 0x7FFFFFFF

    def normal() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u1 = (state + 1) / 2147483649.0
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * state / 2147483648.0)

    out = []
    for k in range(thresholds):
        t = 1.0 + k
        naive = 0
        weighted = 0.0
        for _ in range(samples):
            if normal() > t:
                naive += 1
            z = t + normal()
            if z > t:
                weighted += math.exp(-t * z + 0.5 * t * t)
        exact = 0.5 * math.erfc(t / math.sqrt(2.0))
        if samples > 0:
            out.append((t, naive / samples, weighted / samples, exact))
        else:
            out.append((t, 0.0, 0.0, exact))
    return out
