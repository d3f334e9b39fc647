"""Chebyshev series approximation of exp(x) sin(3x) evaluated with Clenshaw's recurrence.

The first `degree` Chebyshev coefficients are computed by the discrete cosine sum over
Chebyshev nodes, then the truncated series is evaluated at m points of [-1, 1] using
Clenshaw's backward recurrence. Returns the coefficients' leading terms, the maximum
approximation error and the sum of evaluations.

Keywords: chebyshev series, clenshaw recurrence, function approximation, polynomial
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _target(x: float) -> float:
    return math.exp(x) * math.sin(3.0 * x)


@python_benchmark(args=(48, 20000), cases=[(0, 3), (1, 4), (2, 2), (8, 0), (20, 50)])
def chebyshev_clenshaw_approx(degree: int, m: int) -> Tuple[List[float], float, float]:
    """Chebyshev coefficients of exp(x)sin(3x), then Clenshaw evaluation at m points."""
    if degree < 1:
        return [], 0.0, 0.0
    n = degree
    samples = [_target(math.cos(math.pi * (k + 0.5) / n)) for k in range(n)]
    coeffs = [2.0 / n * sum(samples[k] * math.cos(math.pi * j * (k + 0.5) / n) for k in range(n))
              for j in range(n)]
    max_err = 0.0
    total = 0.0
    for i in range(m):
        x = -1.0 + 2.0 * i / max(m - 1, 1)
        b1 = 0.0
        b2 = 0.0
        for c in reversed(coeffs[1:]):
            b1, b2 = 2.0 * x * b1 - b2 + c, b1
        value = x * b1 - b2 + 0.5 * coeffs[0]
        max_err = max(max_err, abs(value - _target(x)))
        total += value
    return coeffs[:5], max_err, total
