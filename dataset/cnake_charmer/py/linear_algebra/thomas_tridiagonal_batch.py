"""A batch of tridiagonal systems solved by the Thomas algorithm.

Each of `count` systems of size n has sub-, main and super-diagonals drawn from an LCG
(main diagonal made dominant) and right-hand side d_i = sin(i + system). The Thomas
algorithm does one forward elimination and one back substitution. Returns, per system,
the solution sum, plus the first solution vector's head.

Keywords: tridiagonal matrix, thomas algorithm, banded solver, linear system, batch
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60, 1500), cases=[(0, 5), (1, 1), (2, 0), (3, 4)])
def thomas_tridiagonal_batch(count: int, n: int) -> Tuple[List[float], List[float]]:
    """Solve count tridiagonal systems of size n; return per-system sums and x[:4] of the first."""
    state = 8675309
    sums = []
    head: List[float] = []
    for system in range(count):
        lower, main, upper = [], [], []
        for _ in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            lower.append(state / 0x7FFFFFFF - 0.5)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            upper.append(state / 0x7FFFFFFF - 0.5)
            main.append(2.5 + abs(lower[-1]) + abs(upper[-1]))
        rhs = [math.sin(i + system) for i in range(n)]
        c_prime = [0.0] * n
        d_prime = [0.0] * n
        for i in range(n):
            denom = main[i] - (lower[i] * c_prime[i - 1] if i else 0.0)
            c_prime[i] = upper[i] / denom
            d_prime[i] = (rhs[i] - (lower[i] * d_prime[i - 1] if i else 0.0)) / denom
        x = [0.0] * n
        for i in range(n - 1, -1, -1):
            x[i] = d_prime[i] - (c_prime[i] * x[i + 1] if i < n - 1 else 0.0)
        sums.append(sum(x, 0.0))
        if system == 0:
            head = x[:4]
    return sums, head
