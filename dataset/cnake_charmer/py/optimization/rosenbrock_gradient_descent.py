"""Gradient descent with backtracking line search on shifted Rosenbrock valleys.

For a batch of starting points spread on a circle, each run minimises the
Rosenbrock function (a - x)^2 + b (y - x^2)^2 by steepest descent with an Armijo
backtracking step. The pair returns the final points' mean coordinates, the worst
final objective and the total number of backtracking halvings.

Keywords: optimization, gradient descent, rosenbrock, line search, armijo
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60, 400, 1.0, 100.0), cases=[(0, 10, 1.0, 100.0), (1, 1, 1.0, 100.0), (3, 50, 2.0, 10.0), (2, 0, 1.0, 5.0)])
def rosenbrock_gradient_descent(starts: int, steps: int, a: float, b: float) -> Tuple[float, float, float, int]:
    """Return (mean final x, mean final y, worst final value, total halvings)."""

    def f(x: float, y: float) -> float:
        return (a - x) ** 2 + b * (y - x * x) ** 2

    sum_x = sum_y = worst = 0.0
    halvings = 0
    for k in range(starts):
        angle = 2.0 * math.pi * k / max(starts, 1)
        x, y = 2.0 * math.cos(angle), 2.0 * math.sin(angle)
        for _ in range(steps):
            gx = -2.0 * (a - x) - 4.0 * b * x * (y - x * x)
            gy = 2.0 * b * (y - x * x)
            fx = f(x, y)
            norm2 = gx * gx + gy * gy
            t = 1.0
            while f(x - t * gx, y - t * gy) > fx - 0.5 * t * norm2 and t > 1e-12:
                t *= 0.5
                halvings += 1
            x, y = x - t * gx, y - t * gy
        sum_x += x
        sum_y += y
        worst = max(worst, f(x, y))
    if starts <= 0:
        return 0.0, 0.0, 0.0, 0
    return sum_x / starts, sum_y / starts, worst, halvings
