"""Barycentric Lagrange interpolation of Runge's function on Chebyshev points.

Runge's function 1/(1 + 25 x^2) is sampled at n Chebyshev points of the second kind,
whose barycentric weights are (-1)^j (halved at the ends). The interpolant is evaluated
at m points of [-1, 1] with the second barycentric formula; returned are the maximum
error, the sum of the values and a few sampled values.

Keywords: interpolation, barycentric, lagrange, chebyshev nodes, runge function
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _runge(x: float) -> float:
    return 1.0 / (1.0 + 25.0 * x * x)


@python_benchmark(args=(200, 3000), cases=[(0, 4), (1, 3), (2, 5), (9, 0), (16, 33)])
def barycentric_chebyshev_interp(n: int, m: int) -> Tuple[float, float, List[float]]:
    """Interpolate Runge's function through n Chebyshev points; evaluate at m points."""
    if n < 2 or m < 1:
        return 0.0, 0.0, []
    nodes = [math.cos(math.pi * j / (n - 1)) for j in range(n)]
    values = [_runge(x) for x in nodes]
    weights = [(-1.0) ** j for j in range(n)]
    weights[0] *= 0.5
    weights[-1] *= 0.5
    results = []
    for i in range(m):
        x = -1.0 + 2.0 * (i + 0.5) / m
        num = 0.0
        den = 0.0
        exact_hit = None
        for xj, fj, wj in zip(nodes, values, weights):
            d = x - xj
            if d == 0.0:
                exact_hit = fj
                break
            t = wj / d
            num += t * fj
            den += t
        results.append(exact_hit if exact_hit is not None else num / den)
    max_err = max(abs(r - _runge(-1.0 + 2.0 * (i + 0.5) / m)) for i, r in enumerate(results))
    return max_err, sum(results), results[:: max(m // 6, 1)]
