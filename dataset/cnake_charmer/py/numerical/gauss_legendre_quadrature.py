"""Gauss-Legendre nodes and weights by Newton iteration, used to integrate exp(x).

For every order 1..n_max the roots of the Legendre polynomial P_n are found by Newton's
method from Chebyshev-like starting guesses, with P_n and P_n' evaluated by the
three-term recurrence. Each rule then integrates exp(x) over [-1, 1]; the list of
integrals (converging to e - 1/e) exposes any wrong node or weight.

Keywords: quadrature, gauss legendre, legendre polynomials, newton, orthogonal polynomials
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _legendre(n: int, x: float) -> Tuple[float, float]:
    p0, p1 = 1.0, x
    for k in range(2, n + 1):
        p0, p1 = p1, ((2 * k - 1) * x * p1 - (k - 1) * p0) / k
    dp = n * (x * p1 - p0) / (x * x - 1.0)
    return p1, dp


def _rule(n: int) -> List[Tuple[float, float]]:
    if n == 1:
        return [(0.0, 2.0)]
    pairs = []
    for i in range(1, n + 1):
        x = math.cos(math.pi * (i - 0.25) / (n + 0.5))
        for _ in range(100):
            p, dp = _legendre(n, x)
            dx = p / dp
            x -= dx
            if abs(dx) < 1e-15:
                break
        _, dp = _legendre(n, x)
        pairs.append((x, 2.0 / ((1.0 - x * x) * dp * dp)))
    return pairs


@python_benchmark(args=(70,), cases=[(0,), (1,), (2,), (6,)])
def gauss_legendre_quadrature(n_max: int) -> List[float]:
    """Integral of exp over [-1, 1] with Gauss-Legendre rules of order 1..n_max."""
    return [sum(w * math.exp(x) for x, w in _rule(n)) for n in range(1, n_max + 1)]
