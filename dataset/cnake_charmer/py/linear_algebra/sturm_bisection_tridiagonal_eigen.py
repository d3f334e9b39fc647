"""Eigenvalues of a symmetric tridiagonal matrix by Sturm-sequence bisection.

For a symmetric tridiagonal matrix T (diagonal a, off-diagonal b) the number of
eigenvalues below x equals the number of negative pivots in the LDL^T factorisation
of T - x I (the Sturm count). Starting from the Gershgorin interval, each requested
eigenvalue is isolated by bisection on that count. Returns the selected eigenvalues,
their sum and the total number of Sturm counts evaluated.

Keywords: eigenvalues, sturm sequence, bisection, tridiagonal matrix, gershgorin
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _count_below(diag: List[float], off: List[float], x: float) -> int:
    count = 0
    q = 1.0
    for i, a in enumerate(diag):
        b2 = off[i - 1] ** 2 if i else 0.0
        q = a - x - (b2 / q if i else 0.0)
        if q == 0.0:
            q = -1e-300
        if q < 0.0:
            count += 1
    return count


@python_benchmark(args=(400, 40), cases=[(0, 3), (1, 1), (2, 2), (5, 0), (12, 5)])
def sturm_bisection_tridiagonal_eigen(n: int, wanted: int) -> Tuple[List[float], float, int]:
    """Smallest `wanted` eigenvalues of an n x n tridiagonal matrix by Sturm bisection."""
    if n <= 0:
        return [], 0.0, 0
    diag = [2.0 + math.sin(0.7 * i) for i in range(n)]
    off = [0.5 + 0.4 * math.cos(1.3 * i) for i in range(n - 1)]
    radius = [abs(off[i - 1]) if i else 0.0 for i in range(n)]
    radius = [r + (abs(off[i]) if i < n - 1 else 0.0) for i, r in enumerate(radius)]
    lo0 = min(a - r for a, r in zip(diag, radius))
    hi0 = max(a + r for a, r in zip(diag, radius))
    values = []
    counts = 0
    for k in range(min(wanted, n)):
        lo, hi = lo0, hi0
        while hi - lo > 1e-12 * max(1.0, abs(lo) + abs(hi)):
            mid = 0.5 * (lo + hi)
            counts += 1
            if _count_below(diag, off, mid) > k:
                hi = mid
            else:
                lo = mid
        values.append(0.5 * (lo + hi))
    return values, sum(values, 0.0), counts
