"""Positions along Keplerian orbits by solving Kepler's equation with Newton's method.

For a family of orbits with increasing eccentricity, the mean anomaly is sampled at
many times, Kepler's equation M = E - e sin E is solved for the eccentric anomaly by
Newton iteration, and the true anomaly and radius follow. Returns the summed radius,
the total and worst Newton iteration counts and a few sampled positions.

Keywords: physics, orbital mechanics, kepler equation, newton raphson, eccentric anomaly
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40, 2000), cases=[(0, 10), (1, 1), (3, 0), (5, 7)])
def kepler_orbit_newton(orbits: int, samples: int) -> Tuple[float, int, int, List[Tuple[float, float]]]:
    """Solve Kepler's equation along `orbits` orbits at `samples` times each."""
    total_r = 0.0
    iterations = 0
    worst = 0
    picked: List[Tuple[float, float]] = []
    for k in range(orbits):
        e = 0.95 * k / max(orbits, 1)
        a = 1.0 + 0.1 * k
        for s in range(samples):
            m = 2 * math.pi * s / samples
            ecc = m if e < 0.8 else math.pi
            count = 0
            while count < 60:
                delta = (ecc - e * math.sin(ecc) - m) / (1 - e * math.cos(ecc))
                ecc -= delta
                count += 1
                if abs(delta) < 1e-13:
                    break
            iterations += count
            worst = max(worst, count)
            nu = 2 * math.atan2(math.sqrt(1 + e) * math.sin(ecc / 2), math.sqrt(1 - e) * math.cos(ecc / 2))
            r = a * (1 - e * math.cos(ecc))
            total_r += r
            if s == samples // 3 and len(picked) < 6:
                picked.append((r * math.cos(nu), r * math.sin(nu)))
    return (total_r, iterations, worst, picked)
