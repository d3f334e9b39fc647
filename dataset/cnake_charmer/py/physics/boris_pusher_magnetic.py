"""Charged particle in crossed electric and magnetic fields with the Boris pusher.

A particle gyrates in a uniform magnetic field along z plus a spatially varying
electric field; the Boris scheme splits each step into half electric kicks around an
exact-norm magnetic rotation. Returns the final position and velocity, the net E x B
drift and the largest speed reached.

Keywords: physics, plasma, boris pusher, lorentz force, gyromotion, exb drift
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark

Vec = Tuple[float, float, float]


def _cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


@python_benchmark(args=(40000, 0.01, 2.0), cases=[(0, 0.01, 1.0), (1, 0.1, 1.0), (50, 0.05, 0.0), (200, 0.02, -3.0)])
def boris_pusher_magnetic(steps: int, dt: float, bz: float) -> Tuple[Vec, Vec, float, float]:
    """Push a unit charge/mass particle through `steps` Boris steps."""
    pos = (0.0, 0.0, 0.0)
    vel = (1.0, 0.0, 0.1)
    b = (0.0, 0.0, bz)
    vmax = 0.0
    for _ in range(steps):
        e = (0.1 + 0.05 * math.sin(pos[1]), 0.05 * math.cos(pos[0]), 0.0)
        v_minus = tuple(vel[i] + 0.5 * dt * e[i] for i in range(3))
        t = tuple(0.5 * dt * b[i] for i in range(3))
        t2 = t[0] * t[0] + t[1] * t[1] + t[2] * t[2]
        s = tuple(2 * t[i] / (1 + t2) for i in range(3))
        c1 = _cross(v_minus, t)
        v_prime = tuple(v_minus[i] + c1[i] for i in range(3))
        c2 = _cross(v_prime, s)
        v_plus = tuple(v_minus[i] + c2[i] for i in range(3))
        vel = tuple(v_plus[i] + 0.5 * dt * e[i] for i in range(3))
        pos = tuple(pos[i] + dt * vel[i] for i in range(3))
        vmax = max(vmax, math.sqrt(vel[0] ** 2 + vel[1] ** 2 + vel[2] ** 2))
    drift = math.hypot(pos[0], pos[1])
    return (pos, vel, drift, vmax)
