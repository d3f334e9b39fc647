"""Gauss-Seidel iteration on a strictly diagonally dominant banded system.

The n x n matrix has LCG entries on a band of half-width 3 and a dominant diagonal, so
Gauss-Seidel converges. Each sweep updates x in place using the newest values. Stops
when the largest update is below 1e-12. Returns sweeps taken, the final residual
infinity norm, the solution sum and its first entries.

Keywords: gauss seidel, iterative solver, banded matrix, diagonal dominance, linear system
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

BAND = 3


@python_benchmark(args=(3000,), cases=[(0,), (1,), (2,), (12,)])
def gauss_seidel_sweeps(n: int) -> Tuple[int, float, float, List[float]]:
    """Solve the banded system by Gauss-Seidel; return sweeps, residual, sum, x[:5]."""
    if n <= 0:
        return 0, 0.0, 0.0, []
    state = 1234
    band = []
    for i in range(n):
        row = {}
        for j in range(max(0, i - BAND), min(n, i + BAND + 1)):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row[j] = state / 0x7FFFFFFF - 0.5
        row[i] = 4.0 + abs(row[i])
        band.append(row)
    b = [1.0 + (i % 7) * 0.25 for i in range(n)]
    x = [0.0] * n
    sweeps = 0
    while sweeps < 200:
        sweeps += 1
        biggest = 0.0
        for i, row in enumerate(band):
            s = sum(v * x[j] for j, v in row.items() if j != i)
            new = (b[i] - s) / row[i]
            biggest = max(biggest, abs(new - x[i]))
            x[i] = new
        if biggest < 1e-12:
            break
    residual = max(abs(sum(v * x[j] for j, v in row.items()) - b[i]) for i, row in enumerate(band))
    return sweeps, residual, sum(x), x[:5]
