"""Maximum flow with the Edmonds-Karp algorithm on a random capacity matrix.

Capacities between ordered vertex pairs are drawn from a seeded LCG (most pairs get
none). Breadth-first search finds the shortest augmenting path in the residual graph
until none remains; the final search also yields the source side of a minimum cut.

Keywords: graph, max flow, edmonds-karp, ford-fulkerson, bfs, min cut, network flow
"""

from collections import deque
from typing import Iterator, List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(360, 25, 29), cases=[(0, 10, 1), (1, 50, 2), (2, 100, 3), (12, 30, 4)])
def edmonds_karp_max_flow(n: int, edge_percent: int, seed: int) -> Tuple[int, int, int]:
    """Return (max flow from 0 to n-1, augmenting paths used, size of the min-cut source side)."""
    if n < 2:
        return (0, 0, max(n, 0))
    state = seed & 0x7FFFFFFF
    cap = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if i != j and (state >> 10) % 100 < edge_percent:
                cap[i][j] = 1 + (state >> 3) % 97
    source, sink = 0, n - 1
    flow = paths = 0
    while True:
        parent = [-1] * n
        parent[source] = source
        queue = deque([source])
        while queue and parent[sink] == -1:
            u = queue.popleft()
            for v, c in enumerate(cap[u]):
                if c > 0 and parent[v] == -1:
                    parent[v] = u
                    queue.append(v)
        if parent[sink] == -1:
            break
        bottleneck = min(cap[parent[v]][v] for v in _path(parent, sink, source))
        for v in _path(parent, sink, source):
            u = parent[v]
            cap[u][v] -= bottleneck
            cap[v][u] += bottleneck
        flow += bottleneck
        paths += 1
    return (flow, paths, sum(1 for p in parent if p != -1))


def _path(parent: List[int], sink: int, source: int) -> Iterator[int]:
    """Yield the vertices of the augmenting path from sink back to (not including) source."""
    v = sink
    while v != source:
        yield v
        v = parent[v]
