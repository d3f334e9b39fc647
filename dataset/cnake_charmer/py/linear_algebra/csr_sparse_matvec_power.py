"""Sparse matrix-vector products in CSR form, driving a normalised power sequence.

A random sparse n x n matrix with `per_row` nonzeros per row (LCG columns and values)
is assembled into compressed sparse row arrays. The vector x is then repeatedly
replaced by A x / ||A x||_inf for the given number of rounds. Returns the final growth
factors, the checksum of x and a few entries.

Keywords: sparse matrix, csr format, matrix vector product, power sequence, normalisation
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(5000, 8, 12), cases=[(0, 3, 2), (1, 1, 3), (5, 2, 0), (30, 4, 5)])
def csr_sparse_matvec_power(n: int, per_row: int, rounds: int) -> Tuple[List[float], float, List[float]]:
    """Build a CSR matrix and apply `rounds` normalised mat-vecs; return growth and x stats."""
    if n <= 0:
        return [], 0.0, []
    state = 6502
    indptr = [0]
    indices = []
    data = []
    for _ in range(n):
        cols = set()
        for _ in range(per_row):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            cols.add(state % n)
        for c in sorted(cols):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            indices.append(c)
            data.append(state / 0x7FFFFFFF + 0.1)
        indptr.append(len(indices))
    x = [1.0] * n
    growth = []
    for _ in range(rounds):
        y = [sum(data[k] * x[indices[k]] for k in range(indptr[i], indptr[i + 1])) for i in range(n)]
        scale = max(abs(v) for v in y)
        growth.append(scale)
        x = [v / scale for v in y] if scale else y
    return growth, sum(x), x[:: max(n // 5, 1)]
