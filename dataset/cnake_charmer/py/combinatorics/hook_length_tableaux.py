"""Standard Young tableaux counts for every partition of n by the hook length formula.

All partitions of n are generated in reverse lexicographic order. For each shape the
number of standard Young tableaux is n! divided by the product of hook lengths,
computed modulo a prime. The sum of squares must equal n! (RSK); the plain sum counts
involutions. Self-conjugate shapes are counted too.

Keywords: combinatorics, young tableaux, hook length formula, integer partitions, rsk
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007


def _partitions(n: int, largest: int):
    if n == 0:
        yield []
        return
    for first in range(min(n, largest), 0, -1):
        for rest in _partitions(n - first, first):
            yield [first] + rest


@python_benchmark(args=(30,), cases=[(0,), (1,), (4,), (9,)])
def hook_length_tableaux(n: int) -> Tuple[int, int, int, int, List[int]]:
    """Return (partitions, sum of f mod p, sum of f^2 mod p, self-conjugate shapes, f of first 5 shapes)."""
    factorial = 1
    for i in range(2, n + 1):
        factorial = factorial * i % MOD
    count = total = squares = self_conjugate = 0
    first: List[int] = []
    for shape in _partitions(n, n):
        conjugate = [sum(1 for part in shape if part > j) for j in range(shape[0])] if shape else []
        hooks = 1
        for i, part in enumerate(shape):
            for j in range(part):
                hooks = hooks * (part - j + conjugate[j] - i - 1) % MOD
        f = factorial * pow(hooks, MOD - 2, MOD) % MOD
        count += 1
        total = (total + f) % MOD
        squares = (squares + f * f) % MOD
        self_conjugate += shape == conjugate
        if len(first) < 5:
            first.append(f)
    return (count, total, squares, self_conjugate, first)
