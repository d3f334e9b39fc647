"""Eigenvalues of a symmetric tridiagonal matrix nearest to given shifts, by inverse iteration.

The matrix has diagonal 2 + 0.5 sin(i) and off-diagonals -1 (a perturbed 1-D
Laplacian). For each shift sigma, inverse iteration repeatedly solves
(T - sigma I) y = x with the Thomas algorithm and normalises, converging to the
eigenvector whose eigenvalue is closest to sigma; the Rayleigh quotient gives the
eigenvalue. Returns the eigenvalues found and the iterations used.

Keywords: inverse iteration, eigenvalues, tridiagonal matrix, shift, rayleigh quotient
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _solve_shifted(diag: List[float], sigma: float, rhs: List[float]) -> List[float]:
    n = len(diag)
    cp = [0.0] * n
    dp = [0.0] * n
    for i in range(n):
        denom = diag[i] - sigma - (-1.0 * cp[i - 1] if i else 0.0)
        cp[i] = -1.0 / denom
        dp[i] = (rhs[i] - (-1.0 * dp[i - 1] if i else 0.0)) / denom
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        x[i] = dp[i] - (cp[i] * x[i + 1] if i < n - 1 else 0.0)
    return x


@python_benchmark(args=(1000, 8), cases=[(0, 3), (1, 2), (2, 0), (5, 4)])
def inverse_iteration_tridiagonal(n: int, shifts: int) -> Tuple[List[float], List[int]]:
    """Eigenvalues nearest to `shifts` evenly spaced shifts; return values and iteration counts."""
    if n <= 0:
        return [], []
    diag = [2.0 + 0.5 * math.sin(i) for i in range(n)]
    values = []
    counts = []
    for s in range(shifts):
        sigma = 0.7 + 2.6 * (s + 0.37) / max(shifts, 1)
        x = [1.0 / math.sqrt(n)] * n
        lam = sigma
        used = 0
        for used in range(1, 60):
            y = _solve_shifted(diag, sigma, x)
            norm = math.sqrt(sum(v * v for v in y))
            x = [v / norm for v in y]
            tx = [diag[i] * x[i] - (x[i - 1] if i else 0.0) - (x[i + 1] if i < n - 1 else 0.0)
                  for i in range(n)]
            new_lam = sum(p * q for p, q in zip(x, tx))
            done = abs(new_lam - lam) < 1e-13
            lam = new_lam
            if done:
                break
        values.append(lam)
        counts.append(used)
    return values, counts
