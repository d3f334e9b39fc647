"""Lloyd's k-means on clustered integer points in the plane.

n points are drawn around k hidden centres by an LCG; the first k points seed the
centroids. Each iteration assigns every point to its nearest centroid and moves each
centroid to the mean of its members, stopping early once no label changes. Returns the
iterations used, the final inertia, the cluster sizes and the centroids.

Keywords: k-means, lloyd, clustering, centroid, inertia, unsupervised
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(6000, 8, 30), cases=[(0, 3, 5), (1, 1, 3), (10, 3, 0), (50, 4, 10), (200, 6, 20)])
def kmeans_lloyd_2d(n: int, k: int, iters: int) -> Tuple[int, float, List[int], List[Tuple[float, float]]]:
    """Cluster n generated points into k groups; return (iters, inertia, sizes, centroids)."""
    if n <= 0 or k <= 0:
        return 0, 0.0, [], []
    k = min(k, n)
    state = 2024
    centres = []
    for _ in range(k):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        cx = state % 1000
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        centres.append((cx, state % 1000))
    points = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        dx = state % 121 - 60
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        dy = state % 121 - 60
        cx, cy = centres[i % k]
        points.append((cx + dx, cy + dy))

    centroids = [(float(x), float(y)) for x, y in points[:k]]
    labels = [-1] * n
    used = 0
    for _ in range(iters):
        used += 1
        changed = False
        for i, (x, y) in enumerate(points):
            best = min(range(k), key=lambda c: (x - centroids[c][0]) * (x - centroids[c][0])
                       + (y - centroids[c][1]) * (y - centroids[c][1]))
            if best != labels[i]:
                labels[i] = best
                changed = True
        if not changed:
            break
        sums = [[0, 0, 0] for _ in range(k)]
        for (x, y), c in zip(points, labels):
            s = sums[c]
            s[0] += x
            s[1] += y
            s[2] += 1
        centroids = [(sx / cnt, sy / cnt) if cnt else centroids[c]
                     for c, (sx, sy, cnt) in enumerate(sums)]

    inertia = 0.0
    for (x, y), c in zip(points, labels):
        cx, cy = centroids[c] if c >= 0 else (x, y)
        inertia += (x - cx) * (x - cx) + (y - cy) * (y - cy)
    sizes = [labels.count(c) for c in range(k)]
    return used, inertia, sizes, centroids
