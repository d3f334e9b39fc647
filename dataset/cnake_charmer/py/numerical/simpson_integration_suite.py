"""Composite Simpson's rule applied to a fixed suite of four integrands.

Each integrand is sampled on n equal sub-intervals (n rounded up to an even number of
at least 2) and integrated with Simpson's 1/3 rule. Returning all four integrals checks
the weights, the node placement and each integrand separately.

Keywords: numerical integration, simpson, quadrature, composite rule
"""

import math
from typing import Callable, List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _simpson(f: Callable[[float], float], a: float, b: float, n: int) -> float:
    h = (b - a) / n
    odd = sum(f(a + i * h) for i in range(1, n, 2))
    even = sum(f(a + i * h) for i in range(2, n, 2))
    return h / 3.0 * (f(a) + f(b) + 4.0 * odd + 2.0 * even)


@python_benchmark(args=(120000,), cases=[(0,), (1,), (7,), (-4,)])
def simpson_integration_suite(n: int) -> Tuple[float, ...]:
    """Integrate four test functions with n Simpson sub-intervals."""
    if n < 2:
        n = 2
    if n % 2:
        n += 1
    suite: List[Tuple[Callable[[float], float], float, float]] = [
        (math.sin, 0.0, math.pi),
        (lambda x: math.exp(-x * x), -3.0, 3.0),
        (lambda x: 1.0 / (1.0 + x * x), 0.0, 1.0),
        (lambda x: math.sqrt(x) * math.log1p(x), 0.0, 2.0),
    ]
    return tuple(_simpson(f, a, b, n) for f, a, b in suite)
