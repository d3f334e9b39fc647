"""Estimate pi by throwing seeded pseudo-random darts at the unit square.

Each dart lands at (x, y) drawn from a small linear congruential generator; the share
that falls inside the quarter circle estimates pi/4. The hits are also tallied per
quadrant of the square so that a wrong sampler is easy to spot.

Keywords: monte carlo, pi, lcg, estimation, sampling
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(250000, 2024), cases=[(0, 1), (1, 7), (1000, 42), (-5, 3)])
def mc_pi_dart_estimate(n: int, seed: int) -> Tuple[int, float, List[int]]:
    """Return (hits, pi estimate, hits per quadrant) for n darts."""
    state = seed & 0x7FFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state / 2147483648.0

    quadrants = [0, 0, 0, 0]
    hits = 0
    for _ in range(n):
        x = uniform()
        y = uniform()
        if x * x + y * y < 1.0:
            hits += 1
            quadrants[(x >= 0.5) + 2 * (y >= 0.5)] += 1
    estimate = 4.0 * hits / n if n > 0 else 0.0
    return hits, estimate, quadrants
