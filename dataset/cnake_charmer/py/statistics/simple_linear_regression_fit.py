"""Ordinary least-squares line fit with residual diagnostics.

Points (x, y) follow y = 2.5 x - 1 plus LCG noise with a few injected outliers. The
slope and intercept come from the centred sums Sxx and Sxy; residuals then give R^2,
the residual standard error, the slope's standard error and the index of the largest
standardised residual (the worst outlier).

Keywords: linear regression, least squares, r squared, residuals, standard error
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(80000,), cases=[(0,), (1,), (2,), (3,), (40,)])
def simple_linear_regression_fit(n: int) -> Tuple[float, float, float, float, float, int]:
    """Fit y = a + b x to n noisy points; return slope, intercept, R^2, SEs, worst index."""
    if n < 3:
        return 0.0, 0.0, 0.0, 0.0, 0.0, -1
    state = 13579
    xs = []
    ys = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = i / n * 10.0
        noise = (state / 0x7FFFFFFF - 0.5) * 2.0
        if i % 97 == 13:
            noise *= 15.0
        xs.append(x)
        ys.append(2.5 * x - 1.0 + noise)
    mean_x = sum(xs) / n
    mean_y = sum(ys) / n
    sxx = sum((x - mean_x) ** 2 for x in xs)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys))
    syy = sum((y - mean_y) ** 2 for y in ys)
    slope = sxy / sxx
    intercept = mean_y - slope * mean_x
    residuals = [y - (intercept + slope * x) for x, y in zip(xs, ys)]
    sse = sum(r * r for r in residuals)
    r2 = 1.0 - sse / syy
    sigma = math.sqrt(sse / (n - 2))
    se_slope = sigma / math.sqrt(sxx)
    worst = max(range(n), key=lambda i: abs(residuals[i]))
    return slope, intercept, r2, sigma, se_slope, worst
