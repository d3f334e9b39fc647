"""Velocity-Verlet integration of a small gravitational N-body system.

Bodies start on a ring with slightly perturbed tangential velocities (deterministic
from their index) and interact by softened gravity. After the given number of
velocity-Verlet steps the total energy, its relative drift and the final positions of
the first bodies are returned.

Keywords: n-body, velocity verlet, gravity, symplectic integrator, energy conservation
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

SOFT = 0.01


def _accelerations(pos: List[List[float]], mass: List[float]) -> List[List[float]]:
    n = len(pos)
    acc = [[0.0, 0.0] for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            dx = pos[j][0] - pos[i][0]
            dy = pos[j][1] - pos[i][1]
            r2 = dx * dx + dy * dy + SOFT
            inv = 1.0 / (r2 * math.sqrt(r2))
            acc[i][0] += mass[j] * dx * inv
            acc[i][1] += mass[j] * dy * inv
            acc[j][0] -= mass[i] * dx * inv
            acc[j][1] -= mass[i] * dy * inv
    return acc


def _energy(pos: List[List[float]], vel: List[List[float]], mass: List[float]) -> float:
    n = len(pos)
    kinetic = sum(0.5 * m * (v[0] * v[0] + v[1] * v[1]) for m, v in zip(mass, vel))
    potential = 0.0
    for i in range(n):
        for j in range(i + 1, n):
            dx = pos[j][0] - pos[i][0]
            dy = pos[j][1] - pos[i][1]
            potential -= mass[i] * mass[j] / math.sqrt(dx * dx + dy * dy + SOFT)
    return kinetic + potential


@python_benchmark(args=(16, 400), cases=[(0, 5), (1, 10), (2, 0), (3, 25)])
def verlet_nbody_energy(n: int, steps: int) -> Tuple[float, float, List[Tuple[float, float]]]:
    """Integrate n bodies for the given steps; return final energy, drift and positions."""
    if n <= 0:
        return 0.0, 0.0, []
    dt = 0.001
    mass = [1.0 + (i % 3) * 0.5 for i in range(n)]
    pos = [[math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)] for i in range(n)]
    vel = [[-0.5 * math.sin(2 * math.pi * i / n) * (1 + 0.01 * i), 0.5 * math.cos(2 * math.pi * i / n)]
           for i in range(n)]
    start = _energy(pos, vel, mass)
    acc = _accelerations(pos, mass)
    for _ in range(steps):
        for p, v, a in zip(pos, vel, acc):
            v[0] += 0.5 * dt * a[0]
            v[1] += 0.5 * dt * a[1]
            p[0] += dt * v[0]
            p[1] += dt * v[1]
        acc = _accelerations(pos, mass)
        for v, a in zip(vel, acc):
            v[0] += 0.5 * dt * a[0]
            v[1] += 0.5 * dt * a[1]
    end = _energy(pos, vel, mass)
    drift = (end - start) / abs(start) if start else 0.0
    return end, drift, [(p[0], p[1]) for p in pos[:4]]
