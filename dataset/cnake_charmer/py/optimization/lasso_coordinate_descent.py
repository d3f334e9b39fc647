"""Lasso regression by cyclic coordinate descent with soft thresholding.

A design matrix and a sparse true coefficient vector are generated from a seeded LCG;
the response adds small noise. Coordinate descent minimises
(1/2n)||y - Xb||^2 + lambda ||b||_1 by updating one coefficient at a time with the
soft-threshold operator while maintaining the residual. The pair returns the
coefficients, the number of non-zeros and the final objective.

Keywords: optimization, lasso, coordinate descent, soft thresholding, sparse regression
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(300, 40, 0.05, 30, 9), cases=[(1, 1, 0.1, 5, 1), (10, 3, 0.0, 0, 2), (20, 5, 0.1, 10, 3), (0, 4, 0.1, 5, 4)], tolerance=1e-7)
def lasso_coordinate_descent(samples: int, features: int, lam: float, sweeps: int, seed: int) -> Tuple[List[float], int, float]:
    """Return (coefficients, non-zero count, objective value)."""
    if samples <= 0 or features <= 0:
        return [], 0, 0.0
    state = seed & 0x7FFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state / 2147483648.0 - 0.5

    x = [[uniform() for _ in range(features)] for _ in range(samples)]
    truth = [(3.0 if j % 5 == 0 else 0.0) for j in range(features)]
    y = [sum(row[j] * truth[j] for j in range(features)) + 0.1 * uniform() for row in x]
    beta = [0.0] * features
    residual = y[:]
    col_sq = [sum(row[j] * row[j] for row in x) / samples for j in range(features)]
    for _ in range(sweeps):
        for j in range(features):
            if col_sq[j] == 0.0:
                continue
            rho = sum(x[i][j] * residual[i] for i in range(samples)) / samples + col_sq[j] * beta[j]
            if rho > lam:
                new = (rho - lam) / col_sq[j]
            elif rho < -lam:
                new = (rho + lam) / col_sq[j]
            else:
                new = 0.0
            delta = new - beta[j]
            if delta != 0.0:
                for i in range(samples):
                    residual[i] -= x[i][j] * delta
                beta[j] = new
    objective = sum(r * r for r in residual) / (2 * samples) + lam * sum(abs(b) for b in beta)
    return beta, sum(1 for b in beta if b != 0.0), objective
