"""Diameter of a random weighted tree by two farthest-vertex searches.

Each vertex attaches to one of the few vertices just before it, giving a long,
stringy tree. A traversal from vertex 0 finds the farthest vertex a, a second from a
finds the farthest vertex b; the a-b path is a diameter. Ties pick the smallest index.

Keywords: graph, tree, diameter, farthest vertex, dfs, weighted tree
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(25000, 40, 67), cases=[(1, 5, 1), (2, 1, 2), (9, 3, 3), (200, 7, 4)])
def tree_diameter_weighted(n: int, span: int, seed: int) -> Tuple[int, int, int, int]:
    """Return (diameter length, endpoint a, endpoint b, edges on the diameter path)."""
    if n <= 0:
        return (0, -1, -1, 0)
    state = seed & 0x7FFFFFFF
    adj = [[] for _ in range(n)]
    for v in range(1, n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        p = v - 1 - (state >> 9) % min(v, span)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        w = 1 + (state >> 9) % 1000
        adj[p].append((v, w))
        adj[v].append((p, w))

    def farthest(src: int) -> Tuple[int, int, List[int]]:
        dist = [-1] * n
        hops = [0] * n
        dist[src] = 0
        stack = [src]
        while stack:
            v = stack.pop()
            for w, c in adj[v]:
                if dist[w] < 0:
                    dist[w] = dist[v] + c
                    hops[w] = hops[v] + 1
                    stack.append(w)
        best = max(dist)
        return dist.index(best), best, hops

    a, _, _ = farthest(0)
    b, length, hops = farthest(a)
    return (length, a, b, hops[b])
