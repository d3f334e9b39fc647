"""Matrix inverse by Gauss-Jordan elimination with partial pivoting.

The n x n LCG matrix (with a boosted diagonal) is augmented with the identity and
reduced to [I | A^-1]. The inverse is checked by forming A A^-1 and measuring the
largest deviation from the identity; its trace and row sums are returned too.

Keywords: matrix inverse, gauss jordan, partial pivoting, augmented matrix, residual
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(70,), cases=[(0,), (1,), (2,), (6,)])
def gauss_jordan_inverse(n: int) -> Tuple[float, float, List[float]]:
    """Invert an n x n matrix; return trace of the inverse, residual and row sums."""
    state = 2718
    a = []
    for i in range(n):
        row = []
        for j in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(state / 0x7FFFFFFF - 0.5 + (2.0 if i == j else 0.0))
        a.append(row)
    aug = [row[:] + [1.0 if i == j else 0.0 for j in range(n)] for i, row in enumerate(a)]
    for col in range(n):
        pivot_row = max(range(col, n), key=lambda r: abs(aug[r][col]))
        aug[col], aug[pivot_row] = aug[pivot_row], aug[col]
        pivot = aug[col][col]
        aug[col] = [v / pivot for v in aug[col]]
        for r in range(n):
            if r != col:
                factor = aug[r][col]
                if factor != 0.0:
                    aug[r] = [v - factor * p for v, p in zip(aug[r], aug[col])]
    inv = [row[n:] for row in aug]
    residual = 0.0
    for i in range(n):
        for j in range(n):
            value = sum(a[i][k] * inv[k][j] for k in range(n))
            residual = max(residual, abs(value - (1.0 if i == j else 0.0)))
    trace = sum((inv[i][i] for i in range(n)), 0.0)
    return trace, residual, [sum(row) for row in inv[:8]]
