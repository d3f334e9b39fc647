"""Longest weighted path in a random DAG by dynamic programming in index order.

Edges always point from a lower to a higher vertex index, so index order is a
topological order. Each vertex's best path length is the maximum over incoming edges;
following the first best predecessor back recovers one longest path.

Keywords: graph, dag, longest path, critical path, topological order, scheduling
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(20000, 60000, 47), cases=[(0, 0, 1), (1, 5, 2), (4, 6, 3), (70, 300, 4)])
def dag_longest_weighted_path(n: int, m: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (longest length, end vertex, edges on the path, last 6 path vertices)."""
    if n <= 0:
        return (0, -1, 0, [])
    state = seed & 0x7FFFFFFF
    incoming = [[] for _ in range(n)]
    for _ in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = (state >> 6) % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        b = (state >> 6) % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        w = 1 + (state >> 6) % 250
        if a != b:
            incoming[max(a, b)].append((min(a, b), w))
    best = [0] * n
    pred = [-1] * n
    for v in range(n):
        for u, w in incoming[v]:
            if best[u] + w > best[v]:
                best[v] = best[u] + w
                pred[v] = u
    end = max(range(n), key=lambda v: best[v])
    path = [end]
    while pred[path[-1]] != -1:
        path.append(pred[path[-1]])
    path.reverse()
    return (best[end], end, len(path) - 1, path[-6:])
