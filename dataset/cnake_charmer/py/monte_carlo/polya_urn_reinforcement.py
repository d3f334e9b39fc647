"""Polya urn reinforcement: the fraction of each colour converges to a random limit.

An urn starts with one ball of each of k colours; each step draws a ball uniformly
(seeded LCG) and returns it with `reinforce` extra balls of the same colour. Over many
independent urns the limiting fractions follow a Dirichlet distribution. The pair
returns, over all urns, a histogram of the first colour's final share, the mean share
of every colour and how many urns ended dominated (share > 0.5) by each colour.

Keywords: monte carlo, polya urn, reinforcement, dirichlet, stochastic process
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(800, 400, 3, 1, 5), cases=[(0, 10, 2, 1, 1), (1, 0, 2, 1, 2), (5, 20, 4, 2, 3), (3, 10, 0, 1, 4)], tolerance=1e-9)
def polya_urn_reinforcement(urns: int, draws: int, colours: int, reinforce: int, seed: int) -> Tuple[List[int], List[float], List[int]]:
    """Return (10-bin histogram of colour 0's share, mean share per colour, dominance counts)."""
    if colours <= 0:
        raise ValueError("need at least one colour")
    state = seed & 0x7FFFFFFF
    hist = [0] * 10
    share_sums = [0.0] * colours
    dominant = [0] * colours
    for _ in range(urns):
        balls = [c for c in range(colours)]
        for _ in range(draws):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            picked = balls[(state >> 8) % len(balls)]
            balls.extend([picked] * reinforce)
        counts = [balls.count(c) for c in range(colours)]
        total = len(balls)
        for c in range(colours):
            share = counts[c] / total
            share_sums[c] += share
            if share > 0.5:
                dominant[c] += 1
        hist[min(int(counts[0] / total * 10), 9)] += 1
    means = [s / urns for s in share_sums] if urns > 0 else [0.0] * colours
    return hist, means, dominant
