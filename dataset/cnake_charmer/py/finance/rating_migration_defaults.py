"""Cumulative default probabilities from a credit rating migration matrix.

A one-year transition matrix over seven ratings plus default (absorbing) is built
from a base pattern with LCG perturbations and renormalised rows. Raising it to
successive powers gives the multi-year migration; the pair returns, per starting
rating, the cumulative default probability at the horizon, plus the expected number
of years each rating spends before default within the horizon.

Keywords: finance, credit risk, rating migration, markov chain, default probability, matrix power
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1000, 23), cases=[(0, 1), (1, 2), (5, 3), (-2, 4)], tolerance=1e-9)
def rating_migration_defaults(years: int, seed: int) -> Tuple[List[float], List[float]]:
    """Return (cumulative default probability per rating, expected performing years)."""
    states = 8
    state = seed & 0x7FFFFFFF
    matrix = []
    for i in range(states - 1):
        row = []
        for j in range(states):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            noise = 0.5 + state / 2147483648.0
            if j == states - 1:
                base = 0.0005 * 3.0 ** i
            else:
                base = 0.9 if i == j else 0.05 / (1 + abs(i - j)) ** 2
            row.append(base * noise)
        total = sum(row)
        matrix.append([x / total for x in row])
    matrix.append([0.0] * (states - 1) + [1.0])
    power = [[1.0 if i == j else 0.0 for j in range(states)] for i in range(states)]
    performing = [0.0] * (states - 1)
    for _ in range(max(years, 0)):
        for i in range(states - 1):
            performing[i] += 1.0 - power[i][states - 1]
        power = [[sum(power[i][k] * matrix[k][j] for k in range(states)) for j in range(states)]
                 for i in range(states)]
    return [power[i][states - 1] for i in range(states - 1)], performing
