"""tan(x) from Lambert's continued fraction evaluated with the modified Lentz method.

tan x = x / (1 - x^2 / (3 - x^2 / (5 - ...))). The modified Lentz algorithm evaluates
the fraction forward, stopping once a term changes the value by less than 1e-15. For m
arguments the values, the number of terms used and the disagreement with math.tan are
summarised.

Keywords: continued fraction, lentz algorithm, tangent, special functions, convergence
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

TINY = 1e-300


def _tan_cf(x: float) -> Tuple[float, int]:
    x2 = x * x
    f = TINY
    c = f
    d = 0.0
    terms = 0
    for j in range(1, 500):
        a = x if j == 1 else -x2
        b = 2.0 * j - 1.0
        d = b + a * d
        if d == 0.0:
            d = TINY
        c = b + a / c
        if c == 0.0:
            c = TINY
        d = 1.0 / d
        delta = c * d
        f *= delta
        terms = j
        if abs(delta - 1.0) < 1e-15:
            break
    return f, terms


@python_benchmark(args=(12000,), cases=[(0,), (1,), (4,), (33,)])
def lentz_continued_fraction_tan(m: int) -> Tuple[float, int, float, List[float]]:
    """Evaluate tan at m points of (-1.5, 1.5) by continued fraction; summarise."""
    total = 0.0
    terms = 0
    worst = 0.0
    samples = []
    for i in range(m):
        x = -1.5 + 3.0 * (i + 0.5) / m
        value, used = _tan_cf(x)
        total += value
        terms += used
        worst = max(worst, abs(value - math.tan(x)) / (1.0 + abs(value)))
        if i % 2000 == 0:
            samples.append(value)
    return total, terms, worst, samples
