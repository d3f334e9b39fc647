"""Successive over-relaxation on a 1-D Poisson system for a range of relaxation factors.

The tridiagonal system (2 on the diagonal, -1 off it) with right-hand side
sin(pi x) is solved by SOR for several omegas between 1 and 1.95. The iteration
counts trace the classic curve with a minimum near the optimal omega; the final
solutions' midpoint values are reported too.

Keywords: sor, successive over relaxation, iterative solver, relaxation factor, poisson
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(36, 10), cases=[(0, 3), (1, 2), (3, 0), (10, 4)])
def sor_relaxation_omegas(n: int, n_omegas: int) -> Tuple[List[int], List[float]]:
    """Iterations to converge and midpoint values for n_omegas relaxation factors."""
    if n <= 0:
        return [], []
    h = 1.0 / (n + 1)
    rhs = [h * h * math.sin(math.pi * (i + 1) * h) for i in range(n)]
    iterations = []
    mids = []
    for k in range(n_omegas):
        omega = 1.0 + 0.95 * k / max(n_omegas - 1, 1)
        x = [0.0] * n
        count = 0
        while count < 20000:
            count += 1
            biggest = 0.0
            for i in range(n):
                left = x[i - 1] if i > 0 else 0.0
                right = x[i + 1] if i < n - 1 else 0.0
                gs = (rhs[i] + left + right) / 2.0
                new = x[i] + omega * (gs - x[i])
                biggest = max(biggest, abs(new - x[i]))
                x[i] = new
            if biggest < 1e-10:
                break
        iterations.append(count)
        mids.append(x[n // 2])
    return iterations, mids
