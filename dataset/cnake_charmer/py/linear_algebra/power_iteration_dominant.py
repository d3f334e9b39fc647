"""Power iteration for the dominant eigenpair of a symmetric matrix.

A symmetric n x n matrix with a planted dominant direction is built from an LCG. Power
iteration repeatedly multiplies and normalises a start vector, tracking the Rayleigh
quotient until it changes by less than 1e-12. Returns the eigenvalue estimate, the
iteration count, the residual norm ||A v - lambda v|| and the leading components.

Keywords: eigenvalues, power iteration, rayleigh quotient, symmetric matrix, convergence
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(160, 300), cases=[(0, 10), (1, 5), (2, 50), (6, 0), (10, 40)])
def power_iteration_dominant(n: int, max_iter: int) -> Tuple[float, int, float, List[float]]:
    """Dominant eigenvalue of an n x n symmetric matrix by power iteration."""
    if n <= 0:
        return 0.0, 0, 0.0, []
    state = 777
    a = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i, n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            value = state / 0x7FFFFFFF - 0.5 + 0.05
            a[i][j] = value
            a[j][i] = value
    v = [1.0 / math.sqrt(n)] * n
    lam = 0.0
    iters = 0
    for iters in range(1, max_iter + 1):
        w = [sum(p * q for p, q in zip(row, v)) for row in a]
        new_lam = sum(p * q for p, q in zip(v, w))
        norm = math.sqrt(sum(x * x for x in w))
        v = [x / norm for x in w]
        converged = abs(new_lam - lam) < 1e-12 * abs(new_lam)
        lam = new_lam
        if converged:
            break
    av = [sum(p * q for p, q in zip(row, v)) for row in a]
    residual = math.sqrt(sum((x - lam * y) ** 2 for x, y in zip(av, v)))
    return lam, iters, residual, v[:5]
