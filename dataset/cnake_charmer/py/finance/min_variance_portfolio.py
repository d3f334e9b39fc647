"""Global minimum-variance portfolio from simulated asset returns.

Daily returns for several assets share a common market factor plus idiosyncratic
noise, all from a seeded LCG. The sample covariance matrix is built and the system
Cov w = 1 is solved by Gaussian elimination with partial pivoting; normalising w gives
the minimum-variance weights, whose variance is also returned.

Keywords: finance, portfolio, covariance, markowitz, minimum variance, linear system
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(30, 800, 14), cases=[(1, 5, 1), (2, 10, 2), (4, 50, 3), (0, 10, 4)], tolerance=1e-7)
def min_variance_portfolio(assets: int, days: int, seed: int) -> Tuple[List[float], float]:
    """Return (weights, portfolio variance) of the minimum-variance portfolio."""
    if assets <= 0 or days < 2:
        return [], 0.0
    state = seed & 0x7FFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state / 2147483648.0 - 0.5

    returns = []
    for _ in range(days):
        market = uniform() * 0.02
        returns.append([market * (0.5 + 0.05 * a) + uniform() * (0.01 + 0.002 * a) for a in range(assets)])
    means = [sum(r[a] for r in returns) / days for a in range(assets)]
    cov = [[0.0] * assets for _ in range(assets)]
    for i in range(assets):
        for j in range(i, assets):
            c = sum((r[i] - means[i]) * (r[j] - means[j]) for r in returns) / (days - 1)
            cov[i][j] = cov[j][i] = c
    matrix = [row[:] + [1.0] for row in cov]
    for col in range(assets):
        pivot = max(range(col, assets), key=lambda r: abs(matrix[r][col]))
        matrix[col], matrix[pivot] = matrix[pivot], matrix[col]
        for r in range(col + 1, assets):
            factor = matrix[r][col] / matrix[col][col]
            for c in range(col, assets + 1):
                matrix[r][c] -= factor * matrix[col][c]
    w = [0.0] * assets
    for r in range(assets - 1, -1, -1):
        acc = matrix[r][assets] - sum(matrix[r][c] * w[c] for c in range(r + 1, assets))
        w[r] = acc / matrix[r][r]
    scale = sum(w)
    weights = [x / scale for x in w]
    variance = sum(weights[i] * cov[i][j] * weights[j] for i in range(assets) for j in range(assets))
    return weights, variance
