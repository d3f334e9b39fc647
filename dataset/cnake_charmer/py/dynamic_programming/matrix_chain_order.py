"""Optimal matrix-chain multiplication order by interval dynamic programming.

Matrix dimensions are drawn from a seeded LCG. For every chain segment the cheapest
split point is found (first one on ties); the minimal number of scalar
multiplications and the fully parenthesised product are returned.

Keywords: dynamic programming, matrix chain, interval dp, parenthesization, optimization
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(150, 19), cases=[(1, 1), (2, 2), (3, 3), (9, 4)])
def matrix_chain_order(count: int, seed: int) -> Tuple[int, str]:
    """Return (minimal scalar multiplications, parenthesisation such as ((A0A1)A2))."""
    if count <= 0:
        return (0, "")
    state = seed & 0x7FFFFFFF
    dims = []
    for _ in range(count + 1):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        dims.append(5 + (state >> 9) % 96)
    cost = [[0] * count for _ in range(count)]
    split = [[0] * count for _ in range(count)]
    for length in range(2, count + 1):
        for i in range(count - length + 1):
            j = i + length - 1
            best, arg = None, i
            for k in range(i, j):
                c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if best is None or c < best:
                    best, arg = c, k
            cost[i][j] = best
            split[i][j] = arg

    def render(i: int, j: int) -> str:
        if i == j:
            return "A%d" % i
        k = split[i][j]
        return "(" + render(i, k) + render(k + 1, j) + ")"

    return (cost[0][count - 1], render(0, count - 1))
