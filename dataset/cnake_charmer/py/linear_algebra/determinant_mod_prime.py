"""Determinants of integer matrices modulo a prime by Gaussian elimination over GF(p).

For each of `count` random k x k integer matrices the determinant modulo 1_000_000_007
is computed by elimination in the finite field: pivots are found by scanning for a
nonzero entry, rows are swapped (flipping the sign), and pivots are inverted with
Fermat's little theorem. Returns all determinants.

Keywords: determinant, finite field, modular inverse, gaussian elimination, fermat
"""

from typing import List

from cnake_charmer.benchmarks import python_benchmark

P = 1_000_000_007


def _det_mod(m: List[List[int]]) -> int:
    k = len(m)
    det = 1
    for col in range(k):
        pivot = next((r for r in range(col, k) if m[r][col] % P), None)
        if pivot is None:
            return 0
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            det = -det
        det = det * m[col][col] % P
        inv = pow(m[col][col], P - 2, P)
        for r in range(col + 1, k):
            factor = m[r][col] * inv % P
            if factor:
                m[r] = [(a - factor * b) % P for a, b in zip(m[r], m[col])]
    return det % P


@python_benchmark(args=(60, 28), cases=[(0, 3), (1, 1), (2, 2), (3, 0), (5, 4)])
def determinant_mod_prime(count: int, k: int) -> List[int]:
    """Determinants mod p of count random k x k matrices (entries in [-5, 5], some singular)."""
    state = 3
    dets = []
    for idx in range(count):
        rows = []
        for _ in range(k):
            row = []
            for _ in range(k):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                row.append(state % 11 - 5)
            rows.append(row)
        if idx % 5 == 4 and k > 1:
            rows[-1] = [2 * v for v in rows[0]]
        dets.append(_det_mod(rows))
    return dets
