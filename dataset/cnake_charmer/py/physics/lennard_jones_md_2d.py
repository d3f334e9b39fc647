"""Molecular dynamics of a 2-D Lennard-Jones fluid in a periodic box.

Particles start on a square lattice with seeded velocities and interact through the
truncated Lennard-Jones potential (cutoff 2.5 sigma, minimum-image convention). The
system is advanced with velocity Verlet. Returns final kinetic and potential energy,
the mean squared displacement and the position of particle 0.

Keywords: physics, molecular dynamics, lennard jones, velocity verlet, periodic boundary
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _forces(x: List[float], y: List[float], box: float) -> Tuple[List[float], List[float], float]:
    n = len(x)
    fx, fy = [0.0] * n, [0.0] * n
    potential = 0.0
    rc2 = 2.5 * 2.5
    for i in range(n):
        for j in range(i + 1, n):
            dx = x[i] - x[j]
            dy = y[i] - y[j]
            dx -= box * math.floor(dx / box + 0.5)
            dy -= box * math.floor(dy / box + 0.5)
            r2 = dx * dx + dy * dy
            if r2 >= rc2:
                continue
            inv2 = 1.0 / r2
            inv6 = inv2 * inv2 * inv2
            potential += 4.0 * (inv6 * inv6 - inv6)
            f = 24.0 * inv2 * (2.0 * inv6 * inv6 - inv6)
            fx[i] += f * dx
            fy[i] += f * dy
            fx[j] -= f * dx
            fy[j] -= f * dy
    return fx, fy, potential


@python_benchmark(args=(10, 30, 0.004, 5), cases=[(1, 10, 0.005, 1), (2, 5, 0.005, 2), (3, 0, 0.005, 3), (4, 20, 0.002, 4)])
def lennard_jones_md_2d(side: int, steps: int, dt: float, seed: int) -> Tuple[float, float, float, Tuple[float, float]]:
    """Run `steps` velocity-Verlet steps for a side x side lattice of particles."""
    spacing = 1.12
    box = side * spacing
    n = side * side
    x = [(k % side + 0.5) * spacing for k in range(n)]
    y = [(k // side + 0.5) * spacing for k in range(n)]
    state = seed & 0x7FFFFFFF
    vx, vy = [], []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        vx.append(state / 2147483648.0 - 0.5)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        vy.append(state / 2147483648.0 - 0.5)
    ux, uy = x[:], y[:]
    fx, fy, potential = _forces(x, y, box)
    for _ in range(steps):
        for i in range(n):
            vx[i] += 0.5 * dt * fx[i]
            vy[i] += 0.5 * dt * fy[i]
            x[i] += dt * vx[i]
            y[i] += dt * vy[i]
            ux[i] += dt * vx[i]
            uy[i] += dt * vy[i]
            x[i] -= box * math.floor(x[i] / box)
            y[i] -= box * math.floor(y[i] / box)
        fx, fy, potential = _forces(x, y, box)
        for i in range(n):
            vx[i] += 0.5 * dt * fx[i]
            vy[i] += 0.5 * dt * fy[i]
    kinetic = sum(0.5 * (vx[i] ** 2 + vy[i] ** 2) for i in range(n))
    msd = sum((ux[i] - (i % side + 0.5) * spacing) ** 2 + (uy[i] - (i // side + 0.5) * spacing) ** 2 for i in range(n)) / n
    return (kinetic, potential, msd, (x[0], y[0]))
