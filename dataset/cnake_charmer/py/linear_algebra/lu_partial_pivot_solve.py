"""LU factorisation with partial pivoting, used to solve a system and get its determinant.

A random n x n matrix (LCG entries, plus n on the diagonal) is factorised in place as
P A = L U. The right-hand side b = A (1, 2, ..., n) is solved by forward and back
substitution, so the exact answer is known. Returns the determinant's log-magnitude and
sign, the number of row swaps, the max deviation from the known solution and x[:5].

Keywords: lu decomposition, partial pivoting, linear system, determinant, substitution
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(140,), cases=[(0,), (1,), (2,), (9,)])
def lu_partial_pivot_solve(n: int) -> Tuple[float, int, int, float, List[float]]:
    """Solve A x = b by LU with partial pivoting; return determinant info and solution stats."""
    state = 99
    a = []
    for i in range(n):
        row = []
        for j in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(state / 0x7FFFFFFF - 0.5 + (0.1 * n if i == j else 0.0))
        a.append(row)
    b = [sum(v * (j + 1) for j, v in enumerate(row)) for row in a]
    perm = list(range(n))
    swaps = 0
    for k in range(n):
        p = max(range(k, n), key=lambda r: abs(a[r][k]))
        if p != k:
            a[k], a[p] = a[p], a[k]
            perm[k], perm[p] = perm[p], perm[k]
            swaps += 1
        pivot = a[k][k]
        for r in range(k + 1, n):
            factor = a[r][k] / pivot
            a[r][k] = factor
            row_r, row_k = a[r], a[k]
            for c in range(k + 1, n):
                row_r[c] -= factor * row_k[c]
    y = []
    for i in range(n):
        y.append(b[perm[i]] - sum(a[i][j] * y[j] for j in range(i)))
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        x[i] = (y[i] - sum(a[i][j] * x[j] for j in range(i + 1, n))) / a[i][i]
    log_det = sum(math.log(abs(a[i][i])) for i in range(n))
    sign = (-1) ** swaps
    for i in range(n):
        if a[i][i] < 0:
            sign = -sign
    error = max((abs(x[i] - (i + 1)) for i in range(n)), default=0.0)
    return float(log_det), sign, swaps, error, x[:5]
