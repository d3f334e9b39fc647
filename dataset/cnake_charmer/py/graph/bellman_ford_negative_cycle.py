"""Bellman-Ford shortest paths with negative edges and negative-cycle detection.

A random digraph gets mostly positive but some negative edge weights. Rounds of edge
relaxation run until nothing changes or n-1 rounds have passed; one extra round
reveals a reachable negative cycle. The flag, the number of rounds and distance
statistics are returned.

Keywords: graph, bellman-ford, negative weights, negative cycle, shortest path, relaxation
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(400, 2000, 6, 79), cases=[(0, 0, 5, 1), (1, 2, 5, 2), (5, 12, 40, 3), (60, 240, 3, 4), (3000, 12000, 4, 79)])
def bellman_ford_negative_cycle(n: int, m: int, negative_percent: int, seed: int) -> Tuple[bool, int, int, int]:
    """Return (negative cycle found, rounds run, reached vertices, distance sum)."""
    if n <= 0:
        return (False, 0, 0, 0)
    state = seed & 0x7FFFFFFF
    edges = []
    for _ in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = (state >> 8) % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        v = (state >> 8) % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        w = 1 + (state >> 8) % 100
        if (state >> 3) % 100 < negative_percent:
            w = -(w % 20)
        edges.append((u, v, w))
    dist = [None] * n
    dist[0] = 0
    rounds = 0
    changed = True
    while changed and rounds < n - 1:
        changed = False
        rounds += 1
        for u, v, w in edges:
            du = dist[u]
            if du is not None and (dist[v] is None or du + w < dist[v]):
                dist[v] = du + w
                changed = True
    cycle = changed and any(
        dist[u] is not None and dist[u] + w < dist[v] for u, v, w in edges
    )
    reached = [d for d in dist if d is not None]
    return (cycle, rounds, len(reached), sum(reached))
