"""Monte Carlo integration of several functions over [0, 1] from shared samples.

One stream of LCG samples is reused for every integrand in a small table (x^2,
sin(pi x), exp(-x), 1/(1+x^2), sqrt(x)); each estimate is the sample mean. Sharing the
samples is the usual common-random-numbers trick for comparing integrands.

Keywords: monte carlo, integration, common random numbers, lcg, numerical
"""

import math
from typing import List

from cnake_charmer.benchmarks import python_benchmark

INTEGRANDS = [
    lambda x: x * x,
    lambda x: math.sin(math.pi * x),
    lambda x: math.exp(-x),
    lambda x: 1.0 / (1.0 + x * x),
    math.sqrt,
]


@python_benchmark(args=(60000, 31), cases=[(0, 1), (1, 2), (100, 17), (-4, 6)])
def mc_integrate_function_table(n: int, seed: int) -> List[float]:
    """Return the n-sample mean of each integrand over [0, 1]."""
    state = seed & 0x7FFFFFFF
    sums = [0.0] * len(INTEGRANDS)
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = state / 2147483648.0
        for k, f in enumerate(INTEGRANDS):
            sums[k] += f(x)
    return [s / n if n > 0 else 0.0 for s in sums]
