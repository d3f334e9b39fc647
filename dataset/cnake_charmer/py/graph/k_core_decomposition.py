"""Core numbers of every vertex of a random simple graph by min-degree peeling.

Vertices are removed in order of current degree using a lazy min-heap; a vertex's
core number is the largest minimum degree seen up to its removal. The result is the
degeneracy and the histogram of core numbers.

Keywords: graph, k-core, degeneracy, peeling, core decomposition, heap
"""

import heapq
from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(10000, 40000, 53), cases=[(0, 0, 1), (1, 1, 2), (4, 6, 3), (50, 200, 4)])
def k_core_decomposition(n: int, m: int, seed: int) -> Tuple[int, List[Tuple[int, int]]]:
    """Return (degeneracy, sorted list of (core number, vertex count))."""
    state = seed & 0x7FFFFFFF
    adj = [set() for _ in range(n)]
    for _ in range(m if n > 0 else 0):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = (state >> 4) % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        v = (state * 7 >> 4) % n
        if u != v:
            adj[u].add(v)
            adj[v].add(u)
    degree = [len(s) for s in adj]
    heap = [(d, v) for v, d in enumerate(degree)]
    heapq.heapify(heap)
    removed = [False] * n
    core = [0] * n
    level = 0
    while heap:
        d, v = heapq.heappop(heap)
        if removed[v] or d != degree[v]:
            continue
        removed[v] = True
        level = max(level, d)
        core[v] = level
        for w in adj[v]:
            if not removed[w]:
                degree[w] -= 1
                heapq.heappush(heap, (degree[w], w))
    histogram = sorted(Counter(core).items())
    return (max(core, default=0), histogram)
