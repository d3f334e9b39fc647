"""Romberg integration of a parametrised family of damped oscillations.

For each of count parameter pairs (a, b) the integral of exp(-a x^2) cos(b x) over
[0, 2] is estimated with a Romberg table of the given number of levels: trapezoid
refinements in the first column, Richardson extrapolation across each row. The list of
final estimates is returned.

Keywords: numerical integration, romberg, richardson extrapolation, trapezoid rule
"""

import math
from typing import List

from cnake_charmer.benchmarks import python_benchmark


def _romberg(a: float, b: float, levels: int) -> float:
    lo, hi = 0.0, 2.0

    def f(x: float) -> float:
        return math.exp(-a * x * x) * math.cos(b * x)

    table = [[0.0] * levels for _ in range(levels)]
    h = hi - lo
    table[0][0] = 0.5 * h * (f(lo) + f(hi))
    for i in range(1, levels):
        h /= 2.0
        fresh = sum(f(lo + (2 * k - 1) * h) for k in range(1, 2 ** (i - 1) + 1))
        table[i][0] = 0.5 * table[i - 1][0] + h * fresh
        factor = 1.0
        for j in range(1, i + 1):
            factor *= 4.0
            table[i][j] = table[i][j - 1] + (table[i][j - 1] - table[i - 1][j - 1]) / (factor - 1.0)
    return table[levels - 1][levels - 1]


@python_benchmark(args=(120, 12), cases=[(0, 5), (3, 1), (4, 2), (5, 6)])
def romberg_integration_table(count: int, levels: int) -> List[float]:
    """Romberg estimates for count parameter pairs with the given table depth."""
    if levels < 1:
        return []
    return [_romberg(0.2 + 0.05 * i, 0.5 + 0.1 * i, levels) for i in range(count)]
