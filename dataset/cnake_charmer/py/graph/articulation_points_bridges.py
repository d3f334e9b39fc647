"""Articulation points and bridges of a random multigraph via low-link values.

An iterative depth-first search assigns discovery times and low-link values; a vertex
is an articulation point when some child subtree cannot reach above it, and an edge
is a bridge when its child's low-link exceeds the parent's discovery time. Parallel
edges are told apart by edge id.

Keywords: graph, articulation points, bridges, tarjan, low link, dfs, biconnectivity
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(50000, 60000, 13), cases=[(0, 0, 1), (1, 1, 2), (6, 5, 3), (80, 90, 7)])
def articulation_points_bridges(n: int, m: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (articulation points, bridges, index checksum of points, first 6 points)."""
    state = seed & 0x7FFFFFFF
    adj = [[] for _ in range(n)]
    for eid in range(m if n > 0 else 0):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = (state >> 7) % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        v = (state >> 7) % n
        adj[u].append((v, eid))
        adj[v].append((u, eid))
    disc = [-1] * n
    low = [0] * n
    is_cut = [False] * n
    bridges = 0
    timer = 0
    for root in range(n):
        if disc[root] != -1:
            continue
        disc[root] = low[root] = timer
        timer += 1
        children = 0
        stack = [(root, -1, iter(adj[root]))]
        while stack:
            v, parent_edge, it = stack[-1]
            for w, eid in it:
                if eid == parent_edge:
                    continue
                if disc[w] == -1:
                    disc[w] = low[w] = timer
                    timer += 1
                    stack.append((w, eid, iter(adj[w])))
                    break
                low[v] = min(low[v], disc[w])
            else:
                stack.pop()
                if stack:
                    p = stack[-1][0]
                    low[p] = min(low[p], low[v])
                    if low[v] > disc[p]:
                        bridges += 1
                    if p == root:
                        children += 1
                    elif low[v] >= disc[p]:
                        is_cut[p] = True
        if children >= 2:
            is_cut[root] = True
    points = [v for v in range(n) if is_cut[v]]
    return (len(points), bridges, sum(points) % 1000003, points[:6])
