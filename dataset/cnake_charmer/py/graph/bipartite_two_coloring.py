"""Two-colouring every component of a random undirected graph.

Each connected component is explored breadth-first, giving every vertex the parity of
its BFS distance from the component's first vertex; a component is bipartite when no
edge joins two vertices of equal colour. Counts of components, bipartite components,
the largest component and the number of odd-parity vertices are reported.

Keywords: graph, bipartite, two coloring, bfs, connected components, odd cycle
"""

from collections import deque
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(120000, 70000, 31), cases=[(0, 0, 1), (1, 1, 2), (9, 8, 3), (200, 120, 6)])
def bipartite_two_coloring(n: int, m: int, seed: int) -> Tuple[int, int, int, int]:
    """Return (components, bipartite components, largest component, vertices coloured 1)."""
    if n <= 0:
        return (0, 0, 0, 0)
    state = seed & 0x7FFFFFFF
    adj = [[] for _ in range(n)]
    for _ in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = (state >> 6) % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        v = (state >> 6) % n
        adj[u].append(v)
        adj[v].append(u)
    color = [-1] * n
    components = bipartite = largest = 0
    for s in range(n):
        if color[s] != -1:
            continue
        components += 1
        color[s] = 0
        queue = deque([s])
        size = 0
        ok = True
        while queue:
            v = queue.popleft()
            size += 1
            for w in adj[v]:
                if color[w] == -1:
                    color[w] = 1 - color[v]
                    queue.append(w)
                elif color[w] == color[v]:
                    ok = False
        bipartite += ok
        largest = max(largest, size)
    return (components, bipartite, largest, sum(color))
