"""Frank-Wolfe minimisation of a convex quadratic over the probability simplex.

The objective is f(w) = w^T Q w / 2 - r^T w with Q = A^T A / m + 0.1 I built from an
LCG matrix A. Each Frank-Wolfe step moves towards the simplex vertex with the
smallest gradient coordinate, using the exact line-search step for a quadratic. The
pair returns the final weights, the objective and the duality gap history at a few
checkpoints.

Keywords: optimization, frank wolfe, conditional gradient, simplex, quadratic programming
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60, 80, 400, 2), cases=[(1, 3, 5, 1), (2, 2, 0, 2), (5, 6, 40, 3), (0, 3, 5, 4)], tolerance=1e-7)
def frank_wolfe_simplex_qp(n: int, m: int, iterations: int, seed: int) -> Tuple[List[float], float, List[float]]:
    """Return (weights, objective, duality gaps at every 100th iteration)."""
    if n <= 0:
        return [], 0.0, []
    state = seed & 0x7FFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state / 2147483648.0 - 0.5

    a = [[uniform() for _ in range(n)] for _ in range(m)]
    q = [[sum(a[k][i] * a[k][j] for k in range(m)) / max(m, 1) + (0.1 if i == j else 0.0) for j in range(n)] for i in range(n)]
    r = [0.05 * uniform() for _ in range(n)]
    w = [1.0 / n] * n
    gaps = []
    for it in range(iterations):
        qw = [sum(q[i][j] * w[j] for j in range(n)) for i in range(n)]
        grad = [qw[i] - r[i] for i in range(n)]
        s = min(range(n), key=lambda i: (grad[i], i))
        gap = sum(g * x for g, x in zip(grad, w)) - grad[s]
        if it % 100 == 0:
            gaps.append(gap)
        d = [(1.0 if i == s else 0.0) - w[i] for i in range(n)]
        curvature = sum(d[i] * (q[i][s] - qw[i]) for i in range(n))
        step = min(1.0, gap / curvature) if curvature > 0 else 1.0
        w = [w[i] + step * d[i] for i in range(n)]
    objective = 0.5 * sum(w[i] * sum(q[i][j] * w[j] for j in range(n)) for i in range(n)) - sum(ri * wi for ri, wi in zip(r, w))
    return w, objective, gaps
