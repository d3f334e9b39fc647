"""All eigenvalues of a symmetric matrix by the cyclic Jacobi rotation method.

Sweeps visit every off-diagonal pair (p, q) and apply the plane rotation that zeroes
a[p][q], until the off-diagonal Frobenius norm drops below 1e-12 or the sweep limit is
hit. The sorted eigenvalues, the number of sweeps and the remaining off-diagonal norm
are returned.

Keywords: eigenvalues, jacobi rotation, symmetric matrix, givens, diagonalisation
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(44,), cases=[(0,), (1,), (2,), (5,)])
def jacobi_eigen_symmetric(n: int) -> Tuple[List[float], int, float]:
    """Sorted eigenvalues of an n x n LCG symmetric matrix by cyclic Jacobi."""
    state = 5150
    a = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i, n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            a[i][j] = a[j][i] = state / 0x7FFFFFFF * 2.0 - 1.0

    def off_norm() -> float:
        return math.sqrt(sum(a[i][j] ** 2 for i in range(n) for j in range(n) if i != j))

    sweeps = 0
    while sweeps < 50 and off_norm() > 1e-12:
        sweeps += 1
        for p in range(n - 1):
            for q in range(p + 1, n):
                if a[p][q] == 0.0:
                    continue
                theta = (a[q][q] - a[p][p]) / (2.0 * a[p][q])
                t = math.copysign(1.0, theta) / (abs(theta) + math.sqrt(theta * theta + 1.0))
                c = 1.0 / math.sqrt(t * t + 1.0)
                s = t * c
                for k in range(n):
                    akp, akq = a[k][p], a[k][q]
                    a[k][p] = c * akp - s * akq
                    a[k][q] = s * akp + c * akq
                for k in range(n):
                    apk, aqk = a[p][k], a[q][k]
                    a[p][k] = c * apk - s * aqk
                    a[q][k] = s * apk + c * aqk
    return sorted(a[i][i] for i in range(n)), sweeps, off_norm()
