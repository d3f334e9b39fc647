"""Explicit finite-difference (FTCS) solution of the 1-D heat equation.

A rod with fixed zero ends starts from a two-bump temperature profile and evolves under
u_t = u_xx with the forward-time centred-space scheme at a stable ratio r = 0.4. The
result reports total heat, peak temperature and a coarse sample of the final profile.

Keywords: pde, heat equation, finite differences, ftcs, diffusion
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(400, 1500), cases=[(0, 5), (2, 3), (3, 0), (20, 15)])
def heat_equation_ftcs(nx: int, steps: int) -> Tuple[float, float, List[float]]:
    """Evolve nx grid points for the given steps; return heat sum, peak and samples."""
    if nx < 3:
        return 0.0, 0.0, []
    r = 0.4
    u = [math.exp(-80.0 * (i / (nx - 1) - 0.3) ** 2) + 0.5 * math.exp(-200.0 * (i / (nx - 1) - 0.7) ** 2)
         for i in range(nx)]
    u[0] = 0.0
    u[-1] = 0.0
    for _ in range(steps):
        u = [0.0] + [u[i] + r * (u[i - 1] - 2.0 * u[i] + u[i + 1]) for i in range(1, nx - 1)] + [0.0]
    return sum(u), max(u), u[:: max(nx // 10, 1)]
