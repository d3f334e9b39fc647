"""Transpose 8 x 8 bit matrices packed into 64-bit integers.

Byte r of the integer is row r and bit c of that byte is column c. Each generated
matrix is transposed by moving every set bit (r, c) to (c, r); transposing twice
must give the original, and a matrix is symmetric when it equals its transpose.
Returns the number of symmetric matrices, the double-transpose failures, a checksum
of the transposes and the first few transposes.

Keywords: bit matrix, transpose, bit packing, 8x8 block, symmetry
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _transpose(m: int) -> int:
    out = 0
    for r in range(8):
        row = (m >> (8 * r)) & 0xFF
        for c in range(8):
            if (row >> c) & 1:
                out |= 1 << (8 * c + r)
    return out


@python_benchmark(args=(10000, 2), cases=[(0, 1), (1, 2), (9, 3), (200, 4)])
def bit_matrix_transpose_8x8(n: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (symmetric matrices, double-transpose failures, transpose checksum, first 4 transposes)."""
    state = (seed & 0x7FFFFFFF) | 1
    symmetric = failures = 0
    checksum = 0
    first = []
    for i in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        m = state if i % 5 else (state & 0x8040201008040201) | ((state & 0xFF) * 0x0101010101010101 & 0x8040201008040201)
        t = _transpose(m)
        symmetric += t == m
        failures += _transpose(t) != m
        checksum = (checksum * 1099511628211 ^ t) & 0xFFFFFFFFFFFFFFFF
        if len(first) < 4:
            first.append(t)
    return symmetric, failures, checksum, first
