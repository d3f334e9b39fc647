"""Agglomerative hierarchical clustering with complete linkage.

Integer points are generated in loose groups and compared by squared Euclidean distance
(exact integers). Starting from singletons, the two clusters at the smallest linkage
distance are merged (ties broken by the lowest pair of cluster ids) and the linkage to
the merged cluster is the maximum of the two old ones. Returns the merge heights, the
full merge list as (a, b) id pairs and the cluster sizes left when cut into three.

Keywords: hierarchical clustering, agglomerative, complete linkage, dendrogram, merge
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(180,), cases=[(0,), (1,), (2,), (3,), (25,)])
def complete_linkage_agglomerative(n: int) -> Tuple[List[int], List[Tuple[int, int]], List[int]]:
    """Cluster n generated points bottom-up; return (heights, merges, sizes at k=3)."""
    if n <= 0:
        return [], [], []
    state = 4711
    points = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        gx = (i * 7) % 5 * 200
        dx = state % 150
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        points.append((gx + dx, (i % 2) * 300 + state % 150))
    dist = {}
    for a in range(n):
        for b in range(a + 1, n):
            dist[(a, b)] = (points[a][0] - points[b][0]) ** 2 + (points[a][1] - points[b][1]) ** 2
    active = {i: 1 for i in range(n)}
    heights = []
    merges = []
    sizes_at_three = sorted(active.values(), reverse=True) if n <= 3 else []
    while len(active) > 1:
        a, b = min(dist, key=lambda pair: (dist[pair], pair))
        height = dist[(a, b)]
        heights.append(height)
        merges.append((a, b))
        for c in active:
            if c == a or c == b:
                continue
            key_a = (min(a, c), max(a, c))
            key_b = (min(b, c), max(b, c))
            dist[key_a] = max(dist[key_a], dist.pop(key_b))
        del dist[(a, b)]
        active[a] += active.pop(b)
        if len(active) == 3:
            sizes_at_three = sorted(active.values(), reverse=True)
    return heights, merges, sizes_at_three
