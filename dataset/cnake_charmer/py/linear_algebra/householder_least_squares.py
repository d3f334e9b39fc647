"""Least-squares polynomial fit through Householder QR.

m noisy samples of a cubic are fitted with a polynomial of the given degree. The
Vandermonde design matrix is reduced to upper-triangular form by Householder
reflections applied also to the observations; back substitution gives the coefficients.
Returns the coefficients and the residual norm (the tail of the transformed vector).

Keywords: least squares, householder reflection, qr decomposition, polynomial fit, regression
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(6000, 8), cases=[(0, 2), (3, 2), (10, 0), (40, 3), (25, 5)])
def householder_least_squares(m: int, degree: int) -> Tuple[List[float], float]:
    """Fit a degree-`degree` polynomial to m samples; return coefficients and residual norm."""
    n = degree + 1
    if m < n or n <= 0:
        return [], 0.0
    state = 4096
    xs = [-1.0 + 2.0 * i / (m - 1) if m > 1 else 0.0 for i in range(m)]
    ys = []
    for x in xs:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        ys.append(1.0 - 2.0 * x + 0.5 * x ** 3 + (state / 0x7FFFFFFF - 0.5) * 0.1)
    cols = [[x ** j for x in xs] for j in range(n)]
    for k in range(n):
        v = cols[k][k:]
        alpha = -math.copysign(math.sqrt(sum(t * t for t in v)), v[0])
        v[0] -= alpha
        vnorm2 = sum(t * t for t in v)
        if vnorm2 == 0.0:
            continue
        for j in range(k, n):
            proj = 2.0 * sum(p * q for p, q in zip(v, cols[j][k:])) / vnorm2
            cols[j][k:] = [q - proj * p for p, q in zip(v, cols[j][k:])]
        proj = 2.0 * sum(p * q for p, q in zip(v, ys[k:])) / vnorm2
        ys[k:] = [q - proj * p for p, q in zip(v, ys[k:])]
    coeffs = [0.0] * n
    for i in range(n - 1, -1, -1):
        coeffs[i] = (ys[i] - sum(cols[j][i] * coeffs[j] for j in range(i + 1, n))) / cols[i][i]
    residual = math.sqrt(sum(t * t for t in ys[n:]))
    return coeffs, residual
