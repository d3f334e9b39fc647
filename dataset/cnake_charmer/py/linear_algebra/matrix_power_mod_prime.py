"""Integer matrix power modulo a prime by repeated squaring.

A k x k integer matrix with entries from an LCG is raised to the e-th power modulo
998244353 using binary exponentiation (O(k^3 log e) multiplications). Returns the
trace, a position-weighted checksum and the first row of A^e mod p.

Keywords: matrix exponentiation, modular arithmetic, binary exponentiation, integer matrix
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 998244353


def _mul(x: List[List[int]], y: List[List[int]]) -> List[List[int]]:
    cols = list(zip(*y))
    return [[sum(a * b for a, b in zip(row, col)) % MOD for col in cols] for row in x]


@python_benchmark(args=(24, 1000000000000), cases=[(0, 5), (1, 0), (2, 1), (3, 7), (4, 1000)])
def matrix_power_mod_prime(k: int, e: int) -> Tuple[int, int, List[int]]:
    """A^e mod p for a k x k LCG matrix; return trace, checksum and first row."""
    state = 17
    base = []
    for _ in range(k):
        row = []
        for _ in range(k):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(state % MOD)
        base.append(row)
    result = [[1 if i == j else 0 for j in range(k)] for i in range(k)]
    while e > 0:
        if e & 1:
            result = _mul(result, base)
        base = _mul(base, base)
        e >>= 1
    trace = sum(result[i][i] for i in range(k)) % MOD
    checksum = sum((i * k + j + 1) * v for i, row in enumerate(result) for j, v in enumerate(row)) % MOD
    return trace, checksum, result[0] if k else []
