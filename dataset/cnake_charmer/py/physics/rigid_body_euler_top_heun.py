"""Torque-free asymmetric rigid body (Euler's equations) and the tennis-racket effect.

The angular velocity in the body frame obeys I1 w1' = (I2 - I3) w2 w3 and cyclic
permutations. Started spinning almost purely about the intermediate axis, the body
flips periodically (the Dzhanibekov effect). The equations are integrated with Heun's
method; returns the final angular velocity, the drifts of kinetic energy and |L|, and
the number of flips of the intermediate-axis component.

Keywords: physics, rigid body, euler equations, dzhanibekov effect, heun method, rotation
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1.0, 2.0, 3.0, 60000, 0.001), cases=[(1.0, 2.0, 3.0, 0, 0.01), (1.0, 1.0, 1.0, 100, 0.01), (2.0, 3.0, 1.0, 500, 0.01), (1.0, 2.0, 3.0, 3000, 0.005)])
def rigid_body_euler_top_heun(i1: float, i2: float, i3: float, steps: int, dt: float) -> Tuple[Tuple[float, float, float], float, float, int]:
    """Integrate Euler's rigid-body equations for `steps` Heun steps."""
    def deriv(w: Tuple[float, float, float]) -> Tuple[float, float, float]:
        return ((i2 - i3) * w[1] * w[2] / i1, (i3 - i1) * w[2] * w[0] / i2, (i1 - i2) * w[0] * w[1] / i3)

    def invariants(w: Tuple[float, float, float]) -> Tuple[float, float]:
        energy = 0.5 * (i1 * w[0] ** 2 + i2 * w[1] ** 2 + i3 * w[2] ** 2)
        ang = math.sqrt((i1 * w[0]) ** 2 + (i2 * w[1]) ** 2 + (i3 * w[2]) ** 2)
        return energy, ang

    w = (0.01, 5.0, 0.01)
    e0, l0 = invariants(w)
    flips = 0
    sign = w[1] > 0
    for _ in range(steps):
        k1 = deriv(w)
        trial = tuple(w[i] + dt * k1[i] for i in range(3))
        k2 = deriv(trial)
        w = tuple(w[i] + 0.5 * dt * (k1[i] + k2[i]) for i in range(3))
        if (w[1] > 0) != sign:
            flips += 1
            sign = w[1] > 0
    e1, l1 = invariants(w)
    return (w, abs(e1 - e0) / e0, abs(l1 - l0) / l0, flips)
