"""DBSCAN density-based clustering of integer points with a squared-radius test.

Points come from a few dense blobs plus uniform background noise. A point is a core
point when at least min_pts points (itself included) lie within distance eps; clusters
grow from core points by breadth-first expansion, border points join the first cluster
that reaches them, and the rest are noise. Returns the cluster count, noise count, the
cluster sizes in discovery order and a label checksum.

Keywords: dbscan, density clustering, core points, noise, breadth-first, unsupervised
"""

from collections import deque
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(900, 18, 6), cases=[(0, 5, 3), (1, 5, 1), (1, 5, 2), (30, 10, 3), (300, 25, 5)])
def dbscan_density_clusters(n: int, eps: int, min_pts: int) -> Tuple[int, int, List[int], int]:
    """Cluster n generated points with DBSCAN; return (clusters, noise, sizes, checksum)."""
    if n <= 0:
        return 0, 0, [], 0
    state = 6061
    points = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r = state % 1000
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = state % 1000
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        b = state % 1000
        if r < 150:
            points.append((a, b))
        else:
            blob = r % 5
            points.append((150 + blob * 170 + a % 90, 200 + (blob % 2) * 400 + b % 140))
    eps2 = eps * eps
    neighbours = [[j for j, (bx, by) in enumerate(points) if (ax - bx) ** 2 + (ay - by) ** 2 <= eps2]
                  for ax, ay in points]
    labels = [None] * n
    sizes = []
    for start in range(n):
        if labels[start] is not None:
            continue
        if len(neighbours[start]) < min_pts:
            labels[start] = -1
            continue
        cluster = len(sizes)
        labels[start] = cluster
        size = 1
        queue = deque([start])
        while queue:
            p = queue.popleft()
            if len(neighbours[p]) < min_pts:
                continue
            for q in neighbours[p]:
                if labels[q] is None or labels[q] == -1:
                    if labels[q] is None:
                        queue.append(q)
                    labels[q] = cluster
                    size += 1
        sizes.append(size)
    noise = labels.count(-1)
    checksum = sum((i + 1) * (lab + 2) for i, lab in enumerate(labels)) % 1000000007
    return len(sizes), noise, sizes, checksum
