"""Matrix exponential by scaling and squaring with a truncated Taylor series.

The n x n matrix A (a skew part plus a small symmetric part, from an LCG) is scaled by
2^-s so its norm is below 0.5, exponentiated with an 18-term Taylor series, then
squared s times. Returns the trace and determinant-free checks: the trace of exp(A)
(compared by the caller with the sum of e^lambda), its Frobenius norm and first row.

Keywords: matrix exponential, scaling and squaring, taylor series, matrix functions
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _matmul(x: List[List[float]], y: List[List[float]]) -> List[List[float]]:
    cols = list(zip(*y))
    return [[sum(a * b for a, b in zip(row, col)) for col in cols] for row in x]


@python_benchmark(args=(28,), cases=[(0,), (1,), (2,), (5,)])
def matrix_exponential_taylor(n: int) -> Tuple[float, float, int, List[float]]:
    """exp(A) for an n x n LCG matrix; return trace, Frobenius norm, squarings and first row."""
    if n <= 0:
        return 0.0, 0.0, 0, []
    state = 1618
    a = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i, n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            skew = state / 0x7FFFFFFF - 0.5
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            sym = (state / 0x7FFFFFFF - 0.5) * 0.2
            a[i][j] = sym + skew
            a[j][i] = sym - skew if i != j else sym
    norm = max(sum(abs(v) for v in row) for row in a)
    squarings = 0
    while norm > 0.5:
        norm /= 2.0
        squarings += 1
    scale = 2.0 ** -squarings
    scaled = [[v * scale for v in row] for row in a]
    result = [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
    term = [row[:] for row in result]
    for k in range(1, 19):
        term = _matmul(term, scaled)
        term = [[v / k for v in row] for row in term]
        result = [[r + t for r, t in zip(rr, tr)] for rr, tr in zip(result, term)]
    for _ in range(squarings):
        result = _matmul(result, result)
    trace = sum(result[i][i] for i in range(n))
    frob = math.sqrt(sum(v * v for row in result for v in row))
    return trace, frob, squarings, result[0]
