"""Lexicographically smallest topological order of a random DAG (Kahn + min-heap).

Edges always point from a smaller to a larger hidden rank, where ranks come from a
seeded shuffle, so the graph is acyclic. Kahn's algorithm with a min-heap of ready
vertices yields the unique lexicographically smallest order, summarised by a
position-weighted checksum and its first and last vertices.

Keywords: graph, topological sort, kahn, dag, heap, ordering
"""

import heapq
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40000, 160000, 23), cases=[(0, 0, 1), (1, 0, 2), (6, 10, 3), (50, 300, 4)])
def topological_order_kahn(n: int, m: int, seed: int) -> Tuple[int, int, List[int], List[int]]:
    """Return (order length, weighted checksum, first 8 vertices, last 8 vertices)."""
    state = seed & 0x7FFFFFFF
    rank = list(range(n))
    for i in range(n - 1, 0, -1):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        j = (state >> 4) % (i + 1)
        rank[i], rank[j] = rank[j], rank[i]
    adj = [[] for _ in range(n)]
    indeg = [0] * n
    for _ in range(m if n > 1 else 0):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = (state >> 4) % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        b = (state >> 4) % n
        if rank[a] == rank[b]:
            continue
        if rank[a] > rank[b]:
            a, b = b, a
        adj[a].append(b)
        indeg[b] += 1
    ready = [v for v in range(n) if indeg[v] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        v = heapq.heappop(ready)
        order.append(v)
        for w in adj[v]:
            indeg[w] -= 1
            if indeg[w] == 0:
                heapq.heappush(ready, w)
    checksum = sum((i + 1) * v for i, v in enumerate(order)) % 1000000007
    return (len(order), checksum, order[:8], order[-8:])
