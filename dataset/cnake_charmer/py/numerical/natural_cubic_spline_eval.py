"""Natural cubic spline through noisy samples, evaluated on a fine grid.

Knots sit at x = 0, 1, ..., n-1 with values sin(0.3 x) plus LCG noise. The second
derivatives come from the tridiagonal natural-spline system (Thomas algorithm), and the
spline is then evaluated at m evenly spaced points. The result holds a checksum, the
extreme values and a few sampled evaluations.

Keywords: interpolation, cubic spline, tridiagonal, thomas algorithm, natural spline
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(8000, 150000), cases=[(0, 5), (2, 5), (3, 1), (10, 0), (12, 40)])
def natural_cubic_spline_eval(n: int, m: int) -> Tuple[float, float, float, List[float]]:
    """Fit a natural spline to n knots; evaluate at m points; return summary stats."""
    if n < 2 or m < 1:
        return 0.0, 0.0, 0.0, []
    state = 7
    ys = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        ys.append(math.sin(0.3 * i) + (state / 0x7FFFFFFF - 0.5) * 0.2)
    # Solve for interior second derivatives: M[i-1] + 4 M[i] + M[i+1] = 6 (y[i+1] - 2y[i] + y[i-1]).
    size = n - 2
    rhs = [6.0 * (ys[i + 1] - 2.0 * ys[i] + ys[i - 1]) for i in range(1, n - 1)]
    diag = [4.0] * size
    for i in range(1, size):
        w = 1.0 / diag[i - 1]
        diag[i] -= w
        rhs[i] -= w * rhs[i - 1]
    second = [0.0] * n
    for i in range(size - 1, -1, -1):
        nxt = second[i + 2] if i + 1 < size else 0.0
        second[i + 1] = (rhs[i] - nxt) / diag[i]
    values = []
    span = n - 1
    for j in range(m):
        x = span * j / m
        k = min(int(x), n - 2)
        t = x - k
        u = 1.0 - t
        v = (u * ys[k] + t * ys[k + 1]
             + ((u * u * u - u) * second[k] + (t * t * t - t) * second[k + 1]) / 6.0)
        values.append(v)
    return sum(values), min(values), max(values), values[:: max(m // 7, 1)]
