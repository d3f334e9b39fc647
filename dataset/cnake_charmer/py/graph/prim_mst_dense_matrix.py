"""Minimum spanning tree of a complete graph with the O(n^2) version of Prim's algorithm.

Edge weights of the complete graph come from a symmetric integer hash of the endpoint
pair. Prim's algorithm grows the tree from vertex 0, each step adding the outside
vertex with the cheapest connection (lowest index on ties) and updating connection
costs. The tree weight, heaviest edge, root degree and a parent checksum are returned.

Keywords: graph, prim, minimum spanning tree, dense graph, complete graph, greedy
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(450, 1009), cases=[(0, 5), (1, 5), (2, 7), (25, 13)])
def prim_mst_dense_matrix(n: int, salt: int) -> Tuple[int, int, int, int]:
    """Return (tree weight, heaviest tree edge, degree of vertex 0, parent checksum)."""
    if n <= 0:
        return (0, 0, 0, 0)

    def weight(i: int, j: int) -> int:
        lo, hi = min(i, j), max(i, j)
        return ((lo * 73856093) ^ (hi * 19349663) ^ salt) % 10007 + 1

    in_tree = [False] * n
    best = [None] * n
    parent = [-1] * n
    best[0] = 0
    total = heaviest = 0
    for _ in range(n):
        u = min((v for v in range(n) if not in_tree[v] and best[v] is not None), key=lambda v: best[v])
        in_tree[u] = True
        total += best[u]
        heaviest = max(heaviest, best[u])
        for v in range(n):
            if not in_tree[v]:
                w = weight(u, v)
                if best[v] is None or w < best[v]:
                    best[v] = w
                    parent[v] = u
    root_degree = parent.count(0)
    checksum = sum(v * p for v, p in enumerate(parent) if p >= 0) % 1000000007
    return (total, heaviest, root_degree, checksum)
