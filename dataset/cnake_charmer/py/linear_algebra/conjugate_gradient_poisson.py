"""Conjugate gradient on the 2-D Poisson matrix, applied matrix-free.

The system is the 5-point Laplacian on a k x k grid with Dirichlet boundaries, and the
right-hand side is a smooth bump. CG runs until the residual norm falls below 1e-10
times its initial value. Returns the iteration count, the final residual, the solution
sum and its value at the centre.

Keywords: conjugate gradient, poisson equation, sparse linear system, krylov, matrix free
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _apply(x: List[float], k: int) -> List[float]:
    out = [0.0] * (k * k)
    for i in range(k):
        for j in range(k):
            idx = i * k + j
            v = 4.0 * x[idx]
            if i > 0:
                v -= x[idx - k]
            if i < k - 1:
                v -= x[idx + k]
            if j > 0:
                v -= x[idx - 1]
            if j < k - 1:
                v -= x[idx + 1]
            out[idx] = v
    return out


@python_benchmark(args=(56,), cases=[(0,), (1,), (2,), (6,)])
def conjugate_gradient_poisson(k: int) -> Tuple[int, float, float, float]:
    """Solve the k x k Poisson system by CG; return iterations, residual, sum and centre."""
    if k <= 0:
        return 0, 0.0, 0.0, 0.0
    b = [math.sin(math.pi * (i + 1) / (k + 1)) * math.sin(math.pi * (j + 1) / (k + 1)) + 0.1 * (i == j)
         for i in range(k) for j in range(k)]
    x = [0.0] * (k * k)
    r = b[:]
    p = r[:]
    rs = sum(v * v for v in r)
    target = 1e-20 * rs
    iters = 0
    while rs > target and iters < 10 * k * k:
        ap = _apply(p, k)
        alpha = rs / sum(u * v for u, v in zip(p, ap))
        x = [xi + alpha * pi for xi, pi in zip(x, p)]
        r = [ri - alpha * qi for ri, qi in zip(r, ap)]
        rs_new = sum(v * v for v in r)
        p = [ri + rs_new / rs * pi for ri, pi in zip(r, p)]
        rs = rs_new
        iters += 1
    return iters, math.sqrt(rs), sum(x), x[(k // 2) * k + k // 2]
