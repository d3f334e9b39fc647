"""Cholesky factorisation of a symmetric positive-definite matrix built as M M^T + n I.

M is an n x n LCG matrix; A = M M^T + n I is SPD. The lower-triangular L with A = L L^T
is computed by the Cholesky-Banachiewicz recurrence, then used to solve A x = 1 by two
triangular solves. Returns log det A, the diagonal of L's first entries, and x samples.

Keywords: cholesky decomposition, spd matrix, triangular solve, log determinant
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(90,), cases=[(0,), (1,), (2,), (8,)])
def cholesky_spd_factor(n: int) -> Tuple[float, List[float], List[float]]:
    """Factor A = M M^T + n I and solve A x = 1; return log det, diag(L)[:6], x[:6]."""
    state = 31337
    m = []
    for _ in range(n):
        row = []
        for _ in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(state / 0x7FFFFFFF - 0.5)
        m.append(row)
    a = [[sum(p * q for p, q in zip(m[i], m[j])) + (n if i == j else 0.0) for j in range(n)]
         for i in range(n)]
    low = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1):
            s = sum(low[i][k] * low[j][k] for k in range(j))
            if i == j:
                low[i][i] = math.sqrt(a[i][i] - s)
            else:
                low[i][j] = (a[i][j] - s) / low[j][j]
    y = []
    for i in range(n):
        y.append((1.0 - sum(low[i][k] * y[k] for k in range(i))) / low[i][i])
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        x[i] = (y[i] - sum(low[k][i] * x[k] for k in range(i + 1, n))) / low[i][i]
    log_det = 2.0 * sum(math.log(low[i][i]) for i in range(n))
    return log_det, [low[i][i] for i in range(min(n, 6))], x[:6]
