"""Smoothed-particle hydrodynamics density and pressure estimate.

Particles of a seeded 2-D cloud carry equal mass; the density at each particle is the
kernel-weighted sum over neighbours with the standard cubic B-spline (M4) kernel of
smoothing length h, and pressure follows a Tait-like equation of state. Returns the
min, max and mean density, the mean pressure and the densest particle.

Keywords: physics, sph, smoothed particle hydrodynamics, kernel, density, fluid
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


def _w(r: float, h: float) -> float:
    q = r / h
    sigma = 10.0 / (7.0 * math.pi * h * h)
    if q < 1.0:
        return sigma * (1 - 1.5 * q * q + 0.75 * q * q * q)
    if q < 2.0:
        return sigma * 0.25 * (2 - q) ** 3
    return 0.0


@python_benchmark(args=(550, 0.05, 7), tolerance=1e-8, cases=[(0, 0.1, 1), (1, 0.1, 1), (5, 0.3, 2), (40, 0.02, 3)])
def sph_density_cubic_spline(n: int, h: float, seed: int) -> Tuple[float, float, float, float, int]:
    """Estimate SPH densities for n seeded particles with smoothing length h."""
    state = seed & 0x7FFFFFFF
    xs, ys = [], []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = state / 2147483648.0
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        w = state / 2147483648.0
        xs.append(u * u)
        ys.append(w)
    if n == 0:
        return (0.0, 0.0, 0.0, 0.0, -1)
    mass = 1.0 / n
    dens = []
    for i in range(n):
        rho = 0.0
        for j in range(n):
            r = math.hypot(xs[i] - xs[j], ys[i] - ys[j])
            rho += mass * _w(r, h)
        dens.append(rho)
    rho0 = sum(dens) / n
    pressure = [(d / rho0) ** 7 - 1.0 for d in dens]
    densest = max(range(n), key=lambda i: (dens[i], -i))
    return (min(dens), max(dens), rho0, sum(pressure) / n, densest)
