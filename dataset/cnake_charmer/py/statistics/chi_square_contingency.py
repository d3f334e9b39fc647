"""Pearson chi-square test of independence on a generated contingency table.

n observations of two categorical variables (r and c levels, weakly dependent through
a shared LCG draw) are tallied into an r x c table. Expected counts come from the row
and column margins; the chi-square statistic, degrees of freedom, Cramer's V and the
cell with the largest contribution are returned along with the table.

Keywords: chi square test, contingency table, independence, cramers v, categorical data
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(150000, 6, 8), cases=[(0, 3, 3), (1, 2, 2), (50, 1, 4), (100, 3, 4)])
def chi_square_contingency(n: int, r: int, c: int) -> Tuple[List[List[int]], float, int, float, Tuple[int, int]]:
    """Tally n observations into r x c cells; return table, chi2, dof, Cramer's V, top cell."""
    table = [[0] * c for _ in range(r)]
    state = 97531
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = state % r
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        b = (a + state % (c + 2)) % c if state % 3 == 0 else state % c
        table[a][b] += 1
    rows = [sum(row) for row in table]
    cols = [sum(table[i][j] for i in range(r)) for j in range(c)]
    chi2 = 0.0
    top = (-1, -1)
    top_value = -1.0
    for i in range(r):
        for j in range(c):
            expected = rows[i] * cols[j] / n if n else 0.0
            if expected > 0:
                part = (table[i][j] - expected) ** 2 / expected
                chi2 += part
                if part > top_value:
                    top_value = part
                    top = (i, j)
    dof = (r - 1) * (c - 1)
    k = min(r, c) - 1
    cramer = math.sqrt(chi2 / (n * k)) if n and k > 0 else 0.0
    return table, chi2, dof, cramer, top
