"""Minimum spanning forest by Kruskal's algorithm with a union-find.

Random weighted undirected edges are generated from a seeded LCG, sorted by weight,
and added greedily whenever they join two different trees. The forest weight, edge
count, number of trees and heaviest chosen edge are independent of tie-breaking.

Keywords: graph, kruskal, minimum spanning tree, union find, disjoint set, sorting
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(30000, 120000, 3), cases=[(0, 0, 1), (1, 4, 2), (7, 3, 3), (50, 200, 8)])
def kruskal_mst_union_find(n: int, m: int, seed: int) -> Tuple[int, int, int, int]:
    """Return (forest weight, edges used, number of trees, heaviest chosen edge)."""
    if n <= 0:
        return (0, 0, 0, 0)
    state = seed & 0x7FFFFFFF
    edges = []
    for _ in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = (state >> 3) % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        v = (state >> 3) % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        edges.append((1 + (state >> 3) % 100000, u, v))
    edges.sort()
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = used = heaviest = 0
    for w, u, v in edges:
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
            total += w
            used += 1
            heaviest = w
    return (total, used, n - used, heaviest)
