"""Four-step Adams-Bashforth integration of the Lotka-Volterra predator-prey model.

The first three steps are bootstrapped with classic RK4, after which the explicit
fourth-order Adams-Bashforth formula advances prey and predator populations using the
stored history of derivatives. Returns population peaks, the final state and the
conserved Lotka-Volterra quantity at start and end.

Keywords: ode, adams bashforth, multistep method, lotka volterra, predator prey
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

ALPHA, BETA, DELTA, GAMMA = 1.1, 0.4, 0.1, 0.4


def _rates(x: float, y: float) -> Tuple[float, float]:
    return ALPHA * x - BETA * x * y, DELTA * x * y - GAMMA * y


def _invariant(x: float, y: float) -> float:
    return DELTA * x - GAMMA * math.log(x) + BETA * y - ALPHA * math.log(y)


@python_benchmark(args=(60000,), cases=[(0,), (1,), (3,), (10,)])
def adams_bashforth_lotka_volterra(steps: int) -> Tuple[float, float, float, float, float, float]:
    """Integrate for the given number of steps; return peaks, final state and invariants."""
    h = 0.001
    x, y = 10.0, 5.0
    history: List[Tuple[float, float]] = [_rates(x, y)]
    max_x, max_y = x, y
    start = _invariant(x, y)
    for n in range(steps):
        if n < 3:
            k1 = _rates(x, y)
            k2 = _rates(x + h / 2 * k1[0], y + h / 2 * k1[1])
            k3 = _rates(x + h / 2 * k2[0], y + h / 2 * k2[1])
            k4 = _rates(x + h * k3[0], y + h * k3[1])
            x += h / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0])
            y += h / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1])
        else:
            f0, f1, f2, f3 = history[-1], history[-2], history[-3], history[-4]
            x += h / 24 * (55 * f0[0] - 59 * f1[0] + 37 * f2[0] - 9 * f3[0])
            y += h / 24 * (55 * f0[1] - 59 * f1[1] + 37 * f2[1] - 9 * f3[1])
        history.append(_rates(x, y))
        if len(history) > 4:
            history.pop(0)
        max_x = max(max_x, x)
        max_y = max(max_y, y)
    return max_x, max_y, x, y, start, _invariant(x, y)
