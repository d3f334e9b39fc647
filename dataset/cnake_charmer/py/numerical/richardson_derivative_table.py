"""Numerical first derivatives by Richardson extrapolation of central differences.

For m points the derivative of f(x) = sin(x) exp(-x/3) is estimated from central
differences with step sizes h, h/2, h/4, ...; a Neville-style tableau eliminates the
h^2, h^4, ... error terms. Returns the largest error against the analytic derivative,
the sum of estimates and a few sampled estimates.

Keywords: numerical differentiation, richardson extrapolation, central difference, tableau
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _f(x: float) -> float:
    return math.sin(x) * math.exp(-x / 3.0)


def _df(x: float) -> float:
    return math.exp(-x / 3.0) * (math.cos(x) - math.sin(x) / 3.0)


@python_benchmark(args=(6000, 6), cases=[(0, 4), (1, 1), (3, 0), (5, 3)])
def richardson_derivative_table(m: int, levels: int) -> Tuple[float, float, List[float]]:
    """Richardson-extrapolated derivatives at m points using the given tableau depth."""
    if levels < 1:
        return 0.0, 0.0, []
    estimates = []
    for i in range(m):
        x = 0.1 + 8.0 * i / max(m, 1)
        h = 0.4
        table = []
        for level in range(levels):
            row = [(_f(x + h) - _f(x - h)) / (2.0 * h)]
            factor = 1.0
            for j in range(1, level + 1):
                factor *= 4.0
                row.append(row[j - 1] + (row[j - 1] - table[level - 1][j - 1]) / (factor - 1.0))
            table.append(row)
            h /= 2.0
        estimates.append(table[-1][-1])
    max_err = max((abs(e - _df(0.1 + 8.0 * i / max(m, 1))) for i, e in enumerate(estimates)), default=0.0)
    return max_err, sum(estimates, 0.0), estimates[:: max(m // 5, 1)]
