"""Balance generated chemical reactions exactly from the null space of the composition matrix.

Each reaction has E elements and E + 1 species with small random compositions. The
element-by-species matrix is reduced to row echelon form over ``fractions.Fraction``;
when its null space is one-dimensional the balancing vector is scaled to the smallest
integers (first coefficient positive) and its signs split reactants from products.
Returns the number of uniquely balanceable reactions, the rank-deficient ones, those
where some species drops out (a zero coefficient), the largest coefficient, a checksum
of all coefficients and the first balanced coefficient vectors.

Keywords: chemistry, equation balancing, stoichiometry, null space, gaussian elimination, fractions, exact arithmetic
"""

from fractions import Fraction
from math import gcd, lcm
from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark


def balance(matrix: List[List[int]]) -> Optional[List[int]]:
    """Smallest integer vector spanning the null space, or None if it is not one-dimensional."""
    rows = [[Fraction(x) for x in row] for row in matrix]
    n_rows, n_cols = len(rows), len(rows[0])
    pivots = []
    r = 0
    for col in range(n_cols):
        pivot = next((i for i in range(r, n_rows) if rows[i][col] != 0), None)
        if pivot is None:
            continue
        rows[r], rows[pivot] = rows[pivot], rows[r]
        lead = rows[r][col]
        rows[r] = [x / lead for x in rows[r]]
        for i in range(n_rows):
            if i != r and rows[i][col] != 0:
                factor = rows[i][col]
                rows[i] = [a - factor * b for a, b in zip(rows[i], rows[r])]
        pivots.append(col)
        r += 1
        if r == n_rows:
            break
    free = [c for c in range(n_cols) if c not in pivots]
    if len(free) != 1:
        return None
    vector = [Fraction(0)] * n_cols
    vector[free[0]] = Fraction(1)
    for i, col in enumerate(pivots):
        vector[col] = -rows[i][free[0]]
    scale = lcm(*(v.denominator for v in vector))
    ints = [int(v * scale) for v in vector]
    divisor = gcd(*ints)
    ints = [v // divisor for v in ints]
    first = next(v for v in ints if v != 0)
    return [-v for v in ints] if first < 0 else ints


@python_benchmark(args=(2500, 4, 29), cases=[(0, 3, 1), (1, 1, 2), (30, 2, 3), (40, 5, 4)])
def reaction_balance_fraction_nullspace(n: int, elements: int, seed: int) -> Tuple[int, int, int, int, int, List[List[int]]]:
    """Return (balanced, rank deficient, with zero coefficient, max |coef|, checksum, first vectors)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    balanced = deficient = with_zero = largest = checksum = 0
    samples = []
    for _ in range(n):
        species = []
        for _ in range(elements + 1):
            composition = [draw(4) if draw(3) else 0 for _ in range(elements)]
            if not any(composition):
                composition[draw(elements)] = 1 + draw(3)
            species.append(composition)
        matrix = [[species[s][e] for s in range(elements + 1)] for e in range(elements)]
        vector = balance(matrix)
        if vector is None:
            deficient += 1
            continue
        if 0 in vector:
            with_zero += 1
        else:
            balanced += 1
        largest = max(largest, max(abs(v) for v in vector))
        for position, v in enumerate(vector):
            checksum = (checksum * 31 + v * (position + 1)) % 1_000_000_007
        if len(samples) < 6:
            samples.append(vector)
    return (balanced, deficient, with_zero, largest, checksum, samples)
