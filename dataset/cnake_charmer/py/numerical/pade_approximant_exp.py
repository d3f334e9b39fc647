"""Diagonal Pade approximants of exp(x) built from Taylor coefficients.

For each order m the [m/m] Pade approximant P(x)/Q(x) of exp is found from the Taylor
coefficients c_k = 1/k! by solving the m x m linear system for Q's coefficients
(Gaussian elimination with partial pivoting) and then forming P by convolution. Each
approximant is evaluated on a grid in [-1.5, 1.5] (no poles there); the maximum
relative error per order and the coefficients of the highest order are returned.

Keywords: pade approximant, rational approximation, taylor series, linear system, exponential
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _pade(m: int) -> Tuple[List[float], List[float]]:
    c = [1.0 / math.factorial(k) for k in range(2 * m + 1)]
    # Solve sum_{j=1..m} q_j c_{m+i-j} = -c_{m+i} for i = 1..m.
    rows = [[c[m + i - j] for j in range(1, m + 1)] + [-c[m + i]] for i in range(1, m + 1)]
    for col in range(m):
        pivot = max(range(col, m), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(col + 1, m):
            f = rows[r][col] / rows[col][col]
            rows[r] = [a - f * b for a, b in zip(rows[r], rows[col])]
    q = [0.0] * m
    for i in range(m - 1, -1, -1):
        q[i] = (rows[i][m] - sum(rows[i][j] * q[j] for j in range(i + 1, m))) / rows[i][i]
    q = [1.0] + q
    p = [sum(c[k - j] * q[j] for j in range(0, k + 1)) for k in range(m + 1)]
    return p, q


@python_benchmark(args=(10, 5000), cases=[(0, 5), (1, 3), (2, 0), (4, 9)])
def pade_approximant_exp(max_order: int, points: int) -> Tuple[List[float], List[float], List[float]]:
    """Max relative error of [m/m] Pade approximants of exp for m = 1..max_order."""
    errors = []
    p: List[float] = []
    q: List[float] = []
    for m in range(1, max_order + 1):
        p, q = _pade(m)
        worst = 0.0
        for i in range(points):
            x = -1.5 + 3.0 * i / max(points - 1, 1)
            num = 0.0
            den = 0.0
            for a, b in zip(reversed(p), reversed(q)):
                num = num * x + a
                den = den * x + b
            worst = max(worst, abs(num / den - math.exp(x)) / math.exp(x))
        errors.append(worst)
    return errors, p, q
