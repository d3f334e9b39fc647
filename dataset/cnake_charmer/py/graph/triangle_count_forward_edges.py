"""Triangle counting in a random simple graph by neighbour-set intersection.

Duplicate edges and self-loops are dropped; every triangle u < v < w is found once by
intersecting the neighbour sets of u and v and keeping the members above v. Besides
the total, each vertex's triangle count gives the maximum and the number of vertices
lying on at least one triangle.

Keywords: graph, triangle counting, clustering, set intersection, simple graph
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(5000, 45000, 41), cases=[(0, 0, 1), (3, 10, 2), (5, 30, 3), (60, 400, 4)])
def triangle_count_forward_edges(n: int, m: int, seed: int) -> Tuple[int, int, int]:
    """Return (triangles, most triangles at one vertex, vertices on some triangle)."""
    state = seed & 0x7FFFFFFF
    adj = [set() for _ in range(n)]
    for _ in range(m if n > 0 else 0):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = (state >> 5) % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        v = (state >> 5) % n
        if u != v:
            adj[u].add(v)
            adj[v].add(u)
    per_vertex = [0] * n
    total = 0
    for u in range(n):
        for v in adj[u]:
            if v <= u:
                continue
            for w in adj[u] & adj[v]:
                if w > v:
                    total += 1
                    per_vertex[u] += 1
                    per_vertex[v] += 1
                    per_vertex[w] += 1
    return (total, max(per_vertex, default=0), sum(1 for c in per_vertex if c))
