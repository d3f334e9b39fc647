"""Dense simplex method for random packing linear programs.

Each LP maximises c.x subject to A x <= b, x >= 0 with positive LCG-drawn data, so
the slack basis is feasible. The tableau simplex uses Dantzig's rule (most negative
reduced cost) and the minimum-ratio test; an unbounded column raises ValueError. The
pair returns the optimal values of a batch of LPs, the total pivots and the basis of
the last LP.

Keywords: optimization, linear programming, simplex method, tableau, pivoting
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40, 30, 25, 7), cases=[(1, 1, 1, 1), (3, 2, 2, 2), (5, 4, 6, 3), (0, 3, 3, 4)], tolerance=1e-7)
def simplex_tableau_lp(problems: int, rows: int, cols: int, seed: int) -> Tuple[List[float], int, List[int]]:
    """Return (optimal objective per LP, total pivots, basic variables of the last LP)."""
    state = seed & 0x7FFFFFFF

    def draw() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return 1.0 + (state >> 8) % 1000 / 100.0

    optima, pivots, basis = [], 0, []
    for _ in range(problems):
        tableau = []
        for i in range(rows):
            row = [draw() for _ in range(cols)] + [1.0 if k == i else 0.0 for k in range(rows)]
            row.append(10.0 * draw())
            tableau.append(row)
        tableau.append([-draw() for _ in range(cols)] + [0.0] * (rows + 1))
        basis = [cols + i for i in range(rows)]
        width = cols + rows + 1
        while True:
            objective = tableau[rows]
            entering = min(range(width - 1), key=lambda j: (objective[j], j))
            if objective[entering] >= -1e-12:
                break
            ratios = [(tableau[i][-1] / tableau[i][entering], i) for i in range(rows) if tableau[i][entering] > 1e-12]
            if not ratios:
                raise ValueError("linear program is unbounded")
            leave = min(ratios)[1]
            pivot_row = tableau[leave]
            pv = pivot_row[entering]
            pivot_row[:] = [v / pv for v in pivot_row]
            for i in range(rows + 1):
                if i != leave and tableau[i][entering] != 0.0:
                    f = tableau[i][entering]
                    tableau[i] = [a - f * p for a, p in zip(tableau[i], pivot_row)]
            basis[leave] = entering
            pivots += 1
        optima.append(tableau[rows][-1])
    return optima, pivots, basis
