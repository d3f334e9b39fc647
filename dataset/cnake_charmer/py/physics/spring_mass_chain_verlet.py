"""Nonlinear spring-mass chain (FPU-beta lattice) with velocity Verlet.

A chain of unit masses with fixed ends is coupled by springs with force
k d + beta d^3 (the Fermi-Pasta-Ulam-Tsingou beta model). Starting in the lowest
normal mode, energy slowly leaks to other modes. Returns the energy in the first three
normal modes at the end, the total energy and the displacement of the middle mass.

Keywords: physics, fpu lattice, spring chain, velocity verlet, normal modes, nonlinear
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(32, 8000, 0.05, 1.5), cases=[(1, 10, 0.1, 1.0), (2, 0, 0.1, 1.0), (4, 50, 0.05, 0.0), (8, 200, 0.1, 3.0)])
def spring_mass_chain_verlet(n: int, steps: int, dt: float, beta: float) -> Tuple[List[float], float, float]:
    """Evolve an n-mass FPU-beta chain for `steps` Verlet steps."""
    x = [math.sin(math.pi * (i + 1) / (n + 1)) for i in range(n)]
    v = [0.0] * n

    def forces(pos: List[float]) -> List[float]:
        ext = [0.0] + pos + [0.0]
        out = []
        for i in range(1, n + 1):
            dr = ext[i + 1] - ext[i]
            dl = ext[i] - ext[i - 1]
            out.append((dr + beta * dr ** 3) - (dl + beta * dl ** 3))
        return out

    f = forces(x)
    for _ in range(steps):
        v = [v[i] + 0.5 * dt * f[i] for i in range(n)]
        x = [x[i] + dt * v[i] for i in range(n)]
        f = forces(x)
        v = [v[i] + 0.5 * dt * f[i] for i in range(n)]
    modes = []
    for k in range(1, min(3, n) + 1):
        norm = math.sqrt(2.0 / (n + 1))
        a = sum(norm * x[i] * math.sin(math.pi * k * (i + 1) / (n + 1)) for i in range(n))
        da = sum(norm * v[i] * math.sin(math.pi * k * (i + 1) / (n + 1)) for i in range(n))
        omega = 2 * math.sin(math.pi * k / (2 * (n + 1)))
        modes.append(0.5 * (da * da + omega * omega * a * a))
    ext = [0.0] + x + [0.0]
    energy = sum(0.5 * vi * vi for vi in v)
    for i in range(n + 1):
        d = ext[i + 1] - ext[i]
        energy += 0.5 * d * d + 0.25 * beta * d ** 4
    return (modes, energy, x[n // 2] if n else 0.0)
