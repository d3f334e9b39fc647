"""Sample moments of normal deviates produced by the Box-Muller transform.

Pairs of LCG uniforms become two independent standard normals via
sqrt(-2 ln u1) * (cos, sin)(2 pi u2). The first four sample moments and the share of
draws beyond two standard deviations verify the transform.

Keywords: monte carlo, box muller, normal distribution, moments, sampling
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(100000, 5), cases=[(0, 1), (1, 2), (50, 3), (-2, 4)], tolerance=1e-7)
def box_muller_normal_moments(pairs: int, seed: int) -> Tuple[float, float, float, float, int]:
    """Return (mean, variance, skewness, kurtosis, count with |z| > 2)."""
    state = seed & 0x7FFFFFFF
    draws = []
    for _ in range(pairs):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u1 = (state + 1) / 2147483649.0
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u2 = state / 2147483648.0
        radius = math.sqrt(-2.0 * math.log(u1))
        draws.append(radius * math.cos(2.0 * math.pi * u2))
        draws.append(radius * math.sin(2.0 * math.pi * u2))
    n = len(draws)
    if n == 0:
        return 0.0, 0.0, 0.0, 0.0, 0
    mean = sum(draws) / n
    m2 = sum((z - mean) ** 2 for z in draws) / n
    m3 = sum((z - mean) ** 3 for z in draws) / n
    m4 = sum((z - mean) ** 4 for z in draws) / n
    tails = sum(1 for z in draws if abs(z) > 2.0)
    skew = m3 / m2 ** 1.5 if m2 > 0 else 0.0
    kurt = m4 / (m2 * m2) if m2 > 0 else 0.0
    return mean, m2, skew, kurt, tails
