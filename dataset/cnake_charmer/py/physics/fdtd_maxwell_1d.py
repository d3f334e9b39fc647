"""1-D finite-difference time-domain (Yee) solution of Maxwell's equations.

Electric field Ez and magnetic field Hy live on staggered grids; a Gaussian pulse is
injected as a soft source and travels into a dielectric slab (relative permittivity
eps_r), where part of it is reflected. Simple first-order absorbing boundaries keep
the ends quiet. Returns probe samples taken every 25 steps before and after the slab,
the peak transmitted field and the final field energy.

Keywords: physics, electromagnetics, fdtd, yee scheme, maxwell equations, wave propagation
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(600, 1000, 4.0), cases=[(10, 5, 2.0), (60, 100, 1.0), (60, 0, 4.0), (200, 300, 9.0)])
def fdtd_maxwell_1d(cells: int, steps: int, eps_r: float) -> Tuple[List[float], float, float]:
    """Propagate a Gaussian pulse through a dielectric slab for `steps` steps."""
    ez = [0.0] * cells
    hy = [0.0] * cells
    coef = [0.5 / eps_r if cells // 2 <= i < 3 * cells // 4 else 0.5 for i in range(cells)]
    src = cells // 8
    probe = 7 * cells // 8
    samples: List[float] = []
    peak = 0.0
    left_old = right_old = 0.0
    for t in range(steps):
        for i in range(cells - 1):
            hy[i] += 0.5 * (ez[i + 1] - ez[i])
        for i in range(1, cells):
            ez[i] += coef[i] * (hy[i] - hy[i - 1])
        if cells > 2:
            ez[src] += math.exp(-((t - 40.0) / 12.0) ** 2)
            ez[0], left_old = left_old, ez[1]
            ez[cells - 1], right_old = right_old, ez[cells - 2]
            peak = max(peak, abs(ez[probe]))
            if t % 25 == 0:
                samples.append(ez[src // 2])
                samples.append(ez[probe])
    energy = sum(ez[i] * ez[i] / coef[i] * 0.5 + hy[i] * hy[i] for i in range(cells))
    return (samples[:24], peak, energy)
