"""Single-source shortest paths with Dijkstra's algorithm on a random sparse digraph.

A directed graph with n nodes and m weighted edges is generated from a seeded LCG and
Dijkstra's algorithm with a binary heap (heapq) computes distances from node 0. The
summary combines reach, extreme and total distances so wrong relaxations are caught.

Keywords: graph, dijkstra, shortest path, heap, priority queue, sparse graph
"""

import heapq
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(20000, 90000, 42), cases=[(0, 0, 1), (1, 3, 2), (5, 0, 3), (30, 80, 9)])
def dijkstra_sparse_heap(n: int, m: int, seed: int) -> Tuple[int, int, int, int]:
    """Return (reached nodes, max distance, distance sum, distance to node n-1 or -1)."""
    if n <= 0:
        return (0, 0, 0, -1)
    state = seed & 0x7FFFFFFF
    adj = [[] for _ in range(n)]
    for _ in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = (state >> 4) % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        v = (state >> 4) % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        w = 1 + (state >> 4) % 1000
        adj[u].append((v, w))
    dist = {0: 0}
    heap = [(0, 0)]
    done = set()
    while heap:
        d, u = heapq.heappop(heap)
        if u in done:
            continue
        done.add(u)
        for v, w in adj[u]:
            nd = d + w
            if nd < dist.get(v, nd + 1):
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    values = dist.values()
    return (len(dist), max(values), sum(values), dist.get(n - 1, -1))
