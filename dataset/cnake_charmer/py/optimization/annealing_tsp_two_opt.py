"""Simulated annealing for a random Euclidean TSP instance with 2-opt moves.

Cities are placed by a seeded LCG. Starting from the identity tour, each step picks
two positions and evaluates reversing the segment between them; worse moves are
accepted with probability exp(-delta / T) under geometric cooling. The pair returns
the initial, final and best tour lengths and the number of accepted moves.

Keywords: optimization, simulated annealing, tsp, 2-opt, metaheuristic, local search
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(80, 60000, 11), cases=[(4, 10, 1), (5, 0, 2), (12, 300, 3), (2, 50, 4)])
def annealing_tsp_two_opt(cities: int, iterations: int, seed: int) -> Tuple[float, float, float, int]:
    """Return (initial length, final length, best length, accepted moves)."""
    if cities < 4:
        raise ValueError("need at least four cities")
    state = seed & 0x7FFFFFFF

    def draw() -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state

    pts = [(draw() / 2147483648.0, draw() / 2147483648.0) for _ in range(cities)]

    def dist(a: int, b: int) -> float:
        return math.hypot(pts[a][0] - pts[b][0], pts[a][1] - pts[b][1])

    tour = list(range(cities))
    length = sum(dist(tour[k], tour[(k + 1) % cities]) for k in range(cities))
    initial = best = length
    temperature = 1.0
    accepted = 0
    for _ in range(iterations):
        i = (draw() >> 4) % (cities - 1) + 1
        j = (draw() >> 4) % (cities - 1) + 1
        if i > j:
            i, j = j, i
        if j - i < 1:
            continue
        a, b = tour[i - 1], tour[i]
        c, d = tour[j], tour[(j + 1) % cities]
        delta = dist(a, c) + dist(b, d) - dist(a, b) - dist(c, d)
        if delta < 0 or draw() / 2147483648.0 < math.exp(-delta / temperature):
            tour[i:j + 1] = reversed(tour[i:j + 1])
            length += delta
            accepted += 1
            best = min(best, length)
        temperature *= 0.9997
    return initial, length, best, accepted
