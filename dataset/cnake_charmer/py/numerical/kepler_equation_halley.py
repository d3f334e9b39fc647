"""Kepler's equation E - e sin E = M solved with Halley's method for many orbits.

For a grid of eccentricities and mean anomalies the eccentric anomaly is found by
Halley's third-order iteration, then converted to the true anomaly and the orbital
radius (semi-major axis 1). The result gives the iteration total, sums of true anomaly
and radius, and a few sampled solutions.

Keywords: kepler equation, halley method, orbital mechanics, root finding, anomaly
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _solve(mean: float, ecc: float) -> Tuple[float, int]:
    e_anom = mean if ecc < 0.8 else math.pi
    for it in range(1, 51):
        f = e_anom - ecc * math.sin(e_anom) - mean
        f1 = 1.0 - ecc * math.cos(e_anom)
        f2 = ecc * math.sin(e_anom)
        delta = f / (f1 - 0.5 * f * f2 / f1)
        e_anom -= delta
        if abs(delta) < 1e-13:
            return e_anom, it
    return e_anom, 50


@python_benchmark(args=(60, 400), cases=[(0, 5), (1, 1), (3, 4), (2, 0)])
def kepler_equation_halley(n_ecc: int, n_mean: int) -> Tuple[int, float, float, List[Tuple[float, float]]]:
    """Solve Kepler's equation on an n_ecc x n_mean grid; return summary statistics."""
    total_iters = 0
    sum_true = 0.0
    sum_radius = 0.0
    samples = []
    for a in range(n_ecc):
        ecc = 0.95 * a / max(n_ecc, 1)
        for b in range(n_mean):
            mean = 2.0 * math.pi * b / max(n_mean, 1)
            e_anom, iters = _solve(mean, ecc)
            total_iters += iters
            true = 2.0 * math.atan2(math.sqrt(1.0 + ecc) * math.sin(e_anom / 2.0),
                                    math.sqrt(1.0 - ecc) * math.cos(e_anom / 2.0))
            radius = 1.0 - ecc * math.cos(e_anom)
            sum_true += true
            sum_radius += radius
            if (a * n_mean + b) % 997 == 0:
                samples.append((e_anom, true))
    return total_iters, sum_true, sum_radius, samples
