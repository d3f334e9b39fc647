"""Random sequential adsorption on a line: Renyi's car-parking problem.

Unit-length cars arrive at uniformly random positions on a street of length L and
park if they do not overlap any parked car; attempts continue until a fixed number
of consecutive failures. The jamming coverage approaches Renyi's constant 0.7476.
The pair runs several streets and returns the cars parked on each, the mean coverage
and the total attempts.

Keywords: monte carlo, random sequential adsorption, renyi parking, jamming, coverage
"""

import bisect
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(12, 300.0, 4000, 5), cases=[(0, 10.0, 100, 1), (1, 0.5, 10, 2), (2, 5.0, 50, 3), (3, 20.0, 0, 4)])
def renyi_parking_jamming(streets: int, length: float, patience: int, seed: int) -> Tuple[List[int], float, int]:
    """Return (cars parked per street, mean coverage, total attempts)."""
    state = seed & 0x7FFFFFFF
    parked_counts = []
    attempts = 0
    coverage = 0.0
    for _ in range(streets):
        starts: List[float] = []
        failures = 0
        while failures < patience and length >= 1.0:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            x = (length - 1.0) * state / 2147483648.0
            attempts += 1
            i = bisect.bisect_left(starts, x)
            ok = (i == 0 or starts[i - 1] + 1.0 <= x) and (i == len(starts) or x + 1.0 <= starts[i])
            if ok:
                starts.insert(i, x)
                failures = 0
            else:
                failures += 1
        parked_counts.append(len(starts))
        coverage += len(starts) / length if length > 0 else 0.0
    return parked_counts, coverage / streets if streets > 0 else 0.0, attempts
