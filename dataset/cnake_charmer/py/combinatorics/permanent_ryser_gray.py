"""Permanent of a random 0/1 matrix (perfect matchings) by Ryser's formula.

perm(A) = (-1)^n * sum over column subsets S of (-1)^|S| * prod_i (sum_{j in S} a_ij).
Subsets are visited in Gray-code order so each step adds or removes one column from
the row sums. For a 0/1 matrix the permanent counts perfect matchings of the
bipartite graph; it is computed modulo a prime.

Keywords: combinatorics, permanent, ryser formula, perfect matchings, gray code, inclusion-exclusion
"""

from math import prod
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007


@python_benchmark(args=(16, 55, 7), cases=[(0, 50, 1), (1, 100, 2), (3, 100, 3), (6, 40, 4)])
def permanent_ryser_gray(n: int, density: int, seed: int) -> Tuple[int, int, int]:
    """Return (permanent mod p, subsets with non-zero row product, ones in the matrix)."""
    state = seed & 0x7FFFFFFF
    matrix = []
    for _ in range(n):
        row = []
        for _ in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(1 if (state >> 12) % 100 < density else 0)
        matrix.append(row)
    ones = sum(map(sum, matrix))
    sums = [0] * n
    mask = 0
    total = 0
    nonzero = 0
    for step in range(1, 1 << n):
        col = (step & -step).bit_length() - 1
        mask ^= 1 << col
        sign = 1 if mask >> col & 1 else -1
        for i in range(n):
            sums[i] += sign * matrix[i][col]
        product = prod(sums)
        if product:
            nonzero += 1
            size = bin(mask).count("1")
            total += product if size % 2 == 0 else -product
    result = total if n % 2 == 0 else -total
    return (result % MOD, nonzero, ones)
