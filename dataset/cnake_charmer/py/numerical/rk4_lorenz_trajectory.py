"""Classic fourth-order Runge-Kutta integration of the Lorenz system.

Integrates the Lorenz equations (sigma=10, rho=28, beta=8/3) from (1, 1, 1) with a
fixed step and records a handful of sampled states plus the largest z reached. The
trajectory is chaotic, so any deviation in the update formula shows up immediately.

Keywords: ode, runge kutta, rk4, lorenz attractor, chaos
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

SIGMA = 10.0
RHO = 28.0
BETA = 8.0 / 3.0


def _lorenz(x: float, y: float, z: float) -> Tuple[float, float, float]:
    return SIGMA * (y - x), x * (RHO - z) - y, x * y - BETA * z


@python_benchmark(args=(40000,), cases=[(0,), (1,), (10,), (-5,)])
def rk4_lorenz_trajectory(steps: int) -> Tuple[List[Tuple[float, float, float]], float]:
    """Take steps RK4 steps of size 0.002; return sampled states and max z."""
    dt = 0.002
    x, y, z = 1.0, 1.0, 1.0
    max_z = z
    samples = []
    stride = max(steps // 8, 1)
    for step in range(steps):
        k1 = _lorenz(x, y, z)
        k2 = _lorenz(x + dt / 2 * k1[0], y + dt / 2 * k1[1], z + dt / 2 * k1[2])
        k3 = _lorenz(x + dt / 2 * k2[0], y + dt / 2 * k2[1], z + dt / 2 * k2[2])
        k4 = _lorenz(x + dt * k3[0], y + dt * k3[1], z + dt * k3[2])
        x += dt / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0])
        y += dt / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1])
        z += dt / 6 * (k1[2] + 2 * k2[2] + 2 * k3[2] + k4[2])
        max_z = max(max_z, z)
        if step % stride == 0:
            samples.append((x, y, z))
    samples.append((x, y, z))
    return samples, max_z
