"""Silhouette coefficients of a labelled clustering of points in the plane.

Points are drawn around k centres and labelled by the centre they came from, with a
fraction relabelled at random to create poorly placed points. For each point the mean
distance to its own cluster (a) and the smallest mean distance to another cluster (b)
give s = (b - a) / max(a, b). Returns the mean silhouette, the mean per cluster, the
number of negative coefficients and the index of the worst point.

Keywords: silhouette score, clustering evaluation, euclidean distance, cohesion, separation
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(700, 5), cases=[(0, 3), (1, 1), (4, 2), (12, 3), (60, 4)])
def silhouette_score_clusters(n: int, k: int) -> Tuple[float, List[float], int, int]:
    """Silhouette analysis of n labelled points; return (mean, per-cluster, negatives, worst)."""
    if n <= 0 or k <= 0:
        return 0.0, [], 0, -1
    state = 8642
    points = []
    labels = []
    for i in range(n):
        c = i % k
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = (c % 3) * 40.0 + (state % 3000) / 100.0
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        y = (c // 3) * 40.0 + (state % 3000) / 100.0
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if state % 10 == 0:
            c = (state >> 4) % k
        points.append((x, y))
        labels.append(c)
    sizes = [labels.count(c) for c in range(k)]
    scores = []
    for i, (x, y) in enumerate(points):
        totals = [0.0] * k
        for j, (px, py) in enumerate(points):
            if j != i:
                totals[labels[j]] += math.sqrt((x - px) ** 2 + (y - py) ** 2)
        own = labels[i]
        if sizes[own] <= 1:
            scores.append(0.0)
            continue
        a = totals[own] / (sizes[own] - 1)
        others = [totals[c] / sizes[c] for c in range(k) if c != own and sizes[c] > 0]
        if not others:
            scores.append(0.0)
            continue
        b = min(others)
        scores.append((b - a) / max(a, b) if max(a, b) > 0 else 0.0)
    per_cluster = []
    for c in range(k):
        members = [s for s, lab in zip(scores, labels) if lab == c]
        per_cluster.append(sum(members) / len(members) if members else 0.0)
    negatives = sum(1 for s in scores if s < 0)
    worst = min(range(n), key=lambda i: scores[i])
    return sum(scores) / n, per_cluster, negatives, worst
