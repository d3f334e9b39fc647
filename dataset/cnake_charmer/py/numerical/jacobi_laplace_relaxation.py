"""Jacobi relaxation of Laplace's equation on a square plate.

The top edge is held at 1 and a sinusoidal profile is imposed on the left edge; the other
edges are 0. Interior points are replaced by the average of their four neighbours for a
fixed number of sweeps. Returns the centre value, the total of the grid, the last
sweep's largest update and the middle row.

Keywords: pde, laplace equation, jacobi iteration, relaxation, finite differences
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(48, 150), cases=[(0, 3), (2, 4), (3, 1), (8, 0), (9, 20)])
def jacobi_laplace_relaxation(n: int, sweeps: int) -> Tuple[float, float, float, List[float]]:
    """Relax an n x n plate for the given sweeps; return summary values."""
    if n < 3:
        return 0.0, 0.0, 0.0, []
    grid = [[0.0] * n for _ in range(n)]
    grid[0] = [1.0] * n
    for i in range(1, n):
        grid[i][0] = math.sin(math.pi * i / (n - 1))
    change = 0.0
    for _ in range(sweeps):
        new = [row[:] for row in grid]
        change = 0.0
        for i in range(1, n - 1):
            above, row, below = grid[i - 1], grid[i], grid[i + 1]
            for j in range(1, n - 1):
                value = 0.25 * (above[j] + below[j] + row[j - 1] + row[j + 1])
                change = max(change, abs(value - row[j]))
                new[i][j] = value
        grid = new
    total = sum(sum(row) for row in grid)
    return grid[n // 2][n // 2], total, change, grid[n // 2]
