"""Probability distribution of the total of many fair dice, by repeated convolution.

Starting from certainty at total 0, each die spreads every reachable total's
probability evenly over the next ``faces`` totals. From the final distribution come
the most likely total, its probability, the tail probability above a threshold and
the mean.

Keywords: dynamic programming, probability, dice, convolution, distribution
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(90, 12, 700), cases=[(0, 6, 0), (1, 6, 4), (2, 1, 2), (5, 4, 12)])
def dice_sum_distribution(dice: int, faces: int, threshold: int) -> Tuple[int, float, float, float]:
    """Return (most likely total, its probability, P(total >= threshold), mean total)."""
    if faces <= 0:
        raise ValueError("faces must be positive")
    dist = [1.0]
    p = 1.0 / faces
    for _ in range(dice):
        nxt = [0.0] * (len(dist) + faces)
        for total, prob in enumerate(dist):
            if prob == 0.0:
                continue
            share = prob * p
            for face in range(1, faces + 1):
                nxt[total + face] += share
        dist = nxt
    mode = max(range(len(dist)), key=lambda t: dist[t])
    tail = 0.0
    for total in range(len(dist)):
        if total >= threshold:
            tail += dist[total]
    mean = 0.0
    for total, prob in enumerate(dist):
        mean += total * prob
    return (mode, dist[mode], tail, mean)
