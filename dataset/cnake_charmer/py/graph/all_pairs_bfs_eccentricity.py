"""Eccentricities of every vertex of a sparse graph by repeated BFS.

For each vertex a breadth-first search measures the farthest reachable vertex in its
component (its eccentricity). From these come the graph's diameter, the radius over
non-isolated vertices, the number of centre vertices and the eccentricity total.

Keywords: graph, eccentricity, diameter, radius, center, all pairs bfs, unweighted
"""

from collections import deque
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(700, 1100, 37), cases=[(0, 0, 1), (1, 0, 2), (5, 4, 3), (40, 60, 8)])
def all_pairs_bfs_eccentricity(n: int, m: int, seed: int) -> Tuple[int, int, int, int]:
    """Return (diameter, radius, number of centre vertices, eccentricity sum)."""
    state = seed & 0x7FFFFFFF
    adj = [set() for _ in range(n)]
    for _ in range(m if n > 0 else 0):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = (state >> 8) % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        v = (state >> 8) % n
        if u != v:
            adj[u].add(v)
            adj[v].add(u)
    ecc = []
    for s in range(n):
        dist = {s: 0}
        queue = deque([s])
        far = 0
        while queue:
            v = queue.popleft()
            d = dist[v] + 1
            for w in adj[v]:
                if w not in dist:
                    dist[w] = d
                    far = d
                    queue.append(w)
        ecc.append(far)
    positive = [e for e in ecc if e > 0]
    if not positive:
        return (0, 0, 0, 0)
    radius = min(positive)
    return (max(positive), radius, positive.count(radius), sum(positive))
