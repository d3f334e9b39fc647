"""Gini coefficient and Lorenz curve of a heavy-tailed income sample.

Incomes follow a Pareto-like distribution built from LCG uniforms (x = 1 / u^0.6). After
sorting, the Lorenz curve gives the cumulative income share of the poorest fraction of
the population; the Gini coefficient is computed from the rank-weighted sum. Returns
Gini, the top-10% share and Lorenz points at every decile.

Keywords: gini coefficient, lorenz curve, inequality, income distribution, pareto
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(80000,), cases=[(0,), (1,), (2,), (10,), (37,)])
def gini_lorenz_curve(n: int) -> Tuple[float, float, List[float]]:
    """Gini coefficient, top-decile share and decile Lorenz points for n incomes."""
    if n <= 0:
        return 0.0, 0.0, []
    state = 99991
    incomes = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = (state + 1) / 0x80000000
        incomes.append(1.0 / u ** 0.6)
    incomes.sort()
    total = sum(incomes)
    weighted = sum((i + 1) * x for i, x in enumerate(incomes))
    gini = 2.0 * weighted / (n * total) - (n + 1) / n
    cumulative = []
    running = 0.0
    for x in incomes:
        running += x
        cumulative.append(running)
    lorenz = [cumulative[(d * n) // 10 - 1] / total if (d * n) // 10 > 0 else 0.0 for d in range(1, 11)]
    top_share = 1.0 - lorenz[8]
    return gini, top_share, lorenz
