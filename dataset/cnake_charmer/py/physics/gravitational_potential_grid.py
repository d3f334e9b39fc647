"""Softened gravitational potential of a seeded mass cluster sampled on a grid.

Point masses are scattered in a Plummer-like clump; the potential
phi = -sum m / sqrt(r^2 + eps^2) is evaluated at every node of a square grid. Returns
the deepest potential and its node, the mean potential, the number of nodes below half
the minimum and the potential along the middle row (sampled).

Keywords: physics, gravity, potential field, softening, point masses, grid evaluation
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(90, 60, 4), cases=[(1, 1, 1), (2, 0, 2), (5, 3, 3), (12, 10, 4)])
def gravitational_potential_grid(grid: int, masses: int, seed: int) -> Tuple[float, Tuple[int, int], float, int, List[float]]:
    """Evaluate the potential of `masses` seeded bodies on a grid x grid lattice."""
    state = seed & 0x7FFFFFFF
    bodies = []
    for _ in range(masses):
        vals = []
        for _ in range(3):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            vals.append(state / 2147483648.0)
        r = 0.3 * vals[0] / math.sqrt(1.0 - 0.9 * vals[0])
        ang = 2 * math.pi * vals[1]
        bodies.append((r * math.cos(ang), r * math.sin(ang), 0.5 + vals[2]))
    eps2 = 0.01
    phi = []
    for j in range(grid):
        y = -1.0 + 2.0 * j / max(grid - 1, 1)
        row = []
        for i in range(grid):
            x = -1.0 + 2.0 * i / max(grid - 1, 1)
            p = 0.0
            for bx, by, m in bodies:
                p -= m / math.sqrt((x - bx) ** 2 + (y - by) ** 2 + eps2)
            row.append(p)
        phi.append(row)
    if grid == 0:
        return (0.0, (-1, -1), 0.0, 0, [])
    deepest, where = 0.0, (-1, -1)
    total = 0.0
    for j in range(grid):
        for i in range(grid):
            total += phi[j][i]
            if phi[j][i] < deepest:
                deepest, where = phi[j][i], (i, j)
    below = sum(1 for row in phi for p in row if p < deepest / 2)
    return (deepest, where, total / (grid * grid), below, phi[grid // 2][::max(1, grid // 6)])
