"""Lyapunov exponents of the logistic map across a range of growth rates.

For each r in [2.8, 4.0) the map x -> r x (1 - x) is iterated from x = 0.5; after a
transient the average of log|r (1 - 2x)| estimates the Lyapunov exponent, negative in
periodic windows and positive in chaos. The full list of exponents is returned.

Keywords: logistic map, lyapunov exponent, chaos, dynamical systems, bifurcation
"""

import math
from typing import List

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(300, 800), cases=[(0, 10), (1, 0), (3, 5), (6, 40)])
def logistic_lyapunov_exponents(n_rates: int, iterations: int) -> List[float]:
    """Lyapunov exponent estimate for n_rates growth rates."""
    exponents = []
    for k in range(n_rates):
        r = 2.8 + 1.2 * k / n_rates
        x = 0.5
        for _ in range(200):
            x = r * x * (1.0 - x)
        acc = 0.0
        for _ in range(iterations):
            x = r * x * (1.0 - x)
            acc += math.log(abs(r * (1.0 - 2.0 * x)) + 1e-300)
        exponents.append(acc / iterations if iterations else 0.0)
    return exponents
