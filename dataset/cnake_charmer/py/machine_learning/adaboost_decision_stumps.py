"""Discrete AdaBoost with axis-aligned decision stumps on a ring-shaped class.

Points with two integer coordinates in [0, 100) are positive inside a ring around the
centre and negative elsewhere, with a little label noise. Each boosting round scans
every feature, integer threshold and polarity for the stump with the smallest weighted
error, gives it the weight 0.5 ln((1 - e) / e), and reweights the samples. Returns the
chosen stumps, their weights, and the training errors of the ensemble after each round.

Keywords: adaboost, boosting, decision stump, ensemble, weighted error, classification
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(800, 6), cases=[(0, 3), (1, 2), (10, 0), (40, 3), (200, 5)])
def adaboost_decision_stumps(n: int, rounds: int) -> Tuple[List[Tuple[int, int, int]], List[float], List[int]]:
    """Boost stumps for a number of rounds; return (stumps, alphas, training errors)."""
    if n <= 0:
        return [], [], []
    state = 777
    xs = []
    labels = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = state % 100
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        b = state % 100
        r2 = (a - 50) ** 2 + (b - 45) ** 2
        label = 1 if 300 <= r2 <= 1500 else -1
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if state % 20 == 0:
            label = -label
        xs.append((a, b))
        labels.append(label)
    weights = [1.0 / n] * n
    stumps = []
    alphas = []
    ensemble = [0.0] * n
    errors = []
    for _ in range(rounds):
        best = None
        for f in range(2):
            for t in range(100):
                err = 0.0
                for x, y, w in zip(xs, labels, weights):
                    if (1 if x[f] <= t else -1) != y:
                        err += w
                total = 0.0
                for w in weights:
                    total += w
                for polarity, e in ((1, err), (-1, total - err)):
                    if best is None or e < best[0]:
                        best = (e, f, t, polarity)
        e, f, t, polarity = best
        e = min(max(e, 1e-10), 1.0 - 1e-10)
        alpha = 0.5 * math.log((1.0 - e) / e)
        stumps.append((f, t, polarity))
        alphas.append(alpha)
        predictions = [polarity * (1 if x[f] <= t else -1) for x in xs]
        weights = [w * math.exp(-alpha * y * p) for w, y, p in zip(weights, labels, predictions)]
        norm = 0.0
        for w in weights:
            norm += w
        weights = [w / norm for w in weights]
        ensemble = [s + alpha * p for s, p in zip(ensemble, predictions)]
        errors.append(sum(1 for s, y in zip(ensemble, labels) if (1 if s > 0 else -1) != y))
    return stumps, alphas, errors
