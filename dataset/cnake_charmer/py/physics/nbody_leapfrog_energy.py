"""Gravitational N-body integration with the leapfrog (kick-drift-kick) scheme.

Seeded bodies with softened Newtonian attraction (G = 1) are advanced with the
symplectic leapfrog integrator. Returns the total energy before and after, the final
position of body 0 and the centre of mass, which exposes both force and integrator
mistakes.

Keywords: physics, n-body, gravity, leapfrog, symplectic integrator, energy conservation
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _accelerations(x: List[float], y: List[float], z: List[float], m: List[float], eps2: float):
    n = len(x)
    ax, ay, az = [0.0] * n, [0.0] * n, [0.0] * n
    for i in range(n):
        sx = sy = sz = 0.0
        for j in range(n):
            if i == j:
                continue
            dx, dy, dz = x[j] - x[i], y[j] - y[i], z[j] - z[i]
            r2 = dx * dx + dy * dy + dz * dz + eps2
            inv = m[j] / (r2 * math.sqrt(r2))
            sx += dx * inv
            sy += dy * inv
            sz += dz * inv
        ax[i], ay[i], az[i] = sx, sy, sz
    return ax, ay, az


def _energy(x, y, z, vx, vy, vz, m, eps2) -> float:
    n = len(x)
    kinetic = sum(0.5 * m[i] * (vx[i] ** 2 + vy[i] ** 2 + vz[i] ** 2) for i in range(n))
    potential = 0.0
    for i in range(n):
        for j in range(i + 1, n):
            r2 = (x[j] - x[i]) ** 2 + (y[j] - y[i]) ** 2 + (z[j] - z[i]) ** 2 + eps2
            potential -= m[i] * m[j] / math.sqrt(r2)
    return kinetic + potential


@python_benchmark(args=(64, 60, 3), cases=[(1, 5, 1), (2, 10, 2), (3, 0, 3), (6, 20, 4)])
def nbody_leapfrog_energy(n: int, steps: int, seed: int) -> Tuple[float, float, Tuple[float, float, float], Tuple[float, float, float]]:
    """Integrate n seeded bodies for `steps` leapfrog steps."""
    state = seed & 0x7FFFFFFF

    def rnd() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state / 2147483648.0

    x = [rnd() * 2 - 1 for _ in range(n)]
    y = [rnd() * 2 - 1 for _ in range(n)]
    z = [rnd() * 2 - 1 for _ in range(n)]
    vx = [(rnd() - 0.5) * 0.2 for _ in range(n)]
    vy = [(rnd() - 0.5) * 0.2 for _ in range(n)]
    vz = [(rnd() - 0.5) * 0.2 for _ in range(n)]
    m = [0.5 + rnd() for _ in range(n)]
    dt, eps2 = 0.001, 0.01
    e0 = _energy(x, y, z, vx, vy, vz, m, eps2)
    ax, ay, az = _accelerations(x, y, z, m, eps2)
    for _ in range(steps):
        for i in range(n):
            vx[i] += 0.5 * dt * ax[i]
            vy[i] += 0.5 * dt * ay[i]
            vz[i] += 0.5 * dt * az[i]
            x[i] += dt * vx[i]
            y[i] += dt * vy[i]
            z[i] += dt * vz[i]
        ax, ay, az = _accelerations(x, y, z, m, eps2)
        for i in range(n):
            vx[i] += 0.5 * dt * ax[i]
            vy[i] += 0.5 * dt * ay[i]
            vz[i] += 0.5 * dt * az[i]
    e1 = _energy(x, y, z, vx, vy, vz, m, eps2)
    mt = sum(m)
    com = (sum(m[i] * x[i] for i in range(n)) / mt, sum(m[i] * y[i] for i in range(n)) / mt,
           sum(m[i] * z[i] for i in range(n)) / mt)
    return (e0, e1, (x[0], y[0], z[0]), com)
