"""Counting shortest paths from a source in an unweighted random graph.

A breadth-first search from vertex 0 assigns levels; the number of shortest paths to
each vertex is the sum of the counts of its neighbours one level closer, kept modulo a
prime. Level statistics and the path counts of a few vertices are returned.

Keywords: graph, bfs, shortest path counting, levels, modular arithmetic, unweighted
"""

from collections import deque
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1000000007


@python_benchmark(args=(25000, 100000, 89), cases=[(0, 0, 1), (1, 0, 2), (4, 6, 3), (30, 90, 4)])
def count_shortest_paths_bfs(n: int, m: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (reached, deepest level, checksum of counts, counts of the last 5 vertices)."""
    if n <= 0:
        return (0, 0, 0, [])
    state = seed & 0x7FFFFFFF
    adj = [[] for _ in range(n)]
    for _ in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = (state >> 9) % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        v = (state >> 9) % n
        if u != v:
            adj[u].append(v)
            adj[v].append(u)
    level = [-1] * n
    ways = [0] * n
    level[0] = 0
    ways[0] = 1
    queue = deque([0])
    while queue:
        v = queue.popleft()
        for w in adj[v]:
            if level[w] == -1:
                level[w] = level[v] + 1
                queue.append(w)
            if level[w] == level[v] + 1:
                ways[w] = (ways[w] + ways[v]) % MOD
    reached = sum(1 for x in level if x >= 0)
    checksum = sum((i + 1) * c for i, c in enumerate(ways)) % MOD
    return (reached, max(level), checksum, ways[-5:])
