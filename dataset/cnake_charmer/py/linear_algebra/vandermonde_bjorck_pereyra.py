"""Vandermonde systems solved in O(n^2) by the Bjorck-Pereyra algorithm.

For count sets of distinct nodes (perturbed Chebyshev points) the Vandermonde system
V a = f, i.e. polynomial interpolation in the monomial basis, is solved without forming
V: a Newton divided-difference stage followed by a conversion to monomial
coefficients. f is cos(3x) + x. Returns each system's coefficients' sum and the first
system's leading coefficients.

Keywords: vandermonde matrix, bjorck pereyra, polynomial interpolation, divided differences
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _solve(xs: List[float], f: List[float]) -> List[float]:
    n = len(xs)
    a = f[:]
    for k in range(n - 1):
        for i in range(n - 1, k, -1):
            a[i] = (a[i] - a[i - 1]) / (xs[i] - xs[i - k - 1])
    for k in range(n - 2, -1, -1):
        for i in range(k, n - 1):
            a[i] -= xs[k] * a[i + 1]
    return a


@python_benchmark(args=(400, 40), cases=[(0, 4), (1, 1), (2, 3), (3, 0), (4, 12)])
def vandermonde_bjorck_pereyra(count: int, n: int) -> Tuple[List[float], List[float]]:
    """Solve count Vandermonde systems of size n; return coefficient sums and a sample."""
    sums = []
    first: List[float] = []
    for s in range(count):
        xs = [math.cos(math.pi * (j + 0.5) / n) * (1.0 + 0.001 * s) for j in range(n)]
        f = [math.cos(3.0 * x) + x for x in xs]
        coeffs = _solve(xs, f)
        sums.append(sum(coeffs, 0.0))
        if s == 0:
            first = coeffs[:6]
    return sums, first
