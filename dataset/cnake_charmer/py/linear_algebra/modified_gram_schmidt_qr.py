"""QR factorisation of a tall matrix by modified Gram-Schmidt.

The m x n matrix (m = 2n) has LCG entries. Modified Gram-Schmidt orthonormalises its
columns one at a time, removing each new direction from all later columns immediately
(more stable than the classical variant). Returns the diagonal of R, the largest
deviation of Q^T Q from the identity and R's first row.

Keywords: qr decomposition, gram schmidt, orthogonalisation, least squares, stability
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60,), cases=[(0,), (1,), (2,), (5,)])
def modified_gram_schmidt_qr(n: int) -> Tuple[List[float], float, List[float]]:
    """MGS QR of a 2n x n LCG matrix; return diag(R), orthogonality error and R[0]."""
    rows = 2 * n
    state = 4242
    cols = []
    for _ in range(n):
        col = []
        for _ in range(rows):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            col.append(state / 0x7FFFFFFF * 2.0 - 1.0)
        cols.append(col)
    r = [[0.0] * n for _ in range(n)]
    for k in range(n):
        norm = math.sqrt(sum(v * v for v in cols[k]))
        r[k][k] = norm
        cols[k] = [v / norm for v in cols[k]]
        for j in range(k + 1, n):
            dot = sum(p * q for p, q in zip(cols[k], cols[j]))
            r[k][j] = dot
            cols[j] = [q - dot * p for p, q in zip(cols[k], cols[j])]
    worst = 0.0
    for i in range(n):
        for j in range(i, n):
            dot = sum(p * q for p, q in zip(cols[i], cols[j]))
            worst = max(worst, abs(dot - (1.0 if i == j else 0.0)))
    return [r[k][k] for k in range(n)], worst, r[0] if n else []
