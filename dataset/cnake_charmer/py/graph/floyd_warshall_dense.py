"""All-pairs shortest paths with the Floyd-Warshall algorithm.

A dense random digraph (each ordered pair gets an edge with a given percent chance)
is built from a seeded LCG, then Floyd-Warshall relaxes every pair through every
intermediate vertex. The summary reports reachability and distance statistics.

Keywords: graph, floyd-warshall, all pairs shortest paths, dense graph, matrix
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark

INF = 10 ** 15


@python_benchmark(args=(110, 12, 5), cases=[(0, 50, 1), (1, 50, 2), (6, 40, 3), (25, 5, 4)])
def floyd_warshall_dense(n: int, edge_percent: int, seed: int) -> Tuple[int, int, int, int]:
    """Return (reachable ordered pairs, sum of finite distances, max finite distance, d[0][n-1])."""
    if n <= 0:
        return (0, 0, 0, -1)
    state = seed & 0x7FFFFFFF
    dist = [[INF] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if i != j and (state >> 9) % 100 < edge_percent:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                dist[i][j] = 1 + (state >> 9) % 500
        dist[i][i] = 0
    for k in range(n):
        row_k = dist[k]
        for i in range(n):
            dik = dist[i][k]
            if dik == INF:
                continue
            dist[i] = [min(a, dik + b) for a, b in zip(dist[i], row_k)]
    finite = [d for row in dist for d in row if d < INF]
    last = dist[0][n - 1]
    return (len(finite), sum(finite), max(finite), last if last < INF else -1)
