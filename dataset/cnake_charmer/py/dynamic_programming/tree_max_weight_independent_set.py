"""Maximum-weight independent set of a random tree by two-state tree DP.

Vertex v > 0 hangs under a random earlier vertex, so visiting vertices in decreasing
index order is a valid post-order. Each vertex keeps the best weight of its subtree
with and without itself; a top-down pass picks a vertex whenever its parent is not
picked and including it is strictly better.

Keywords: dynamic programming, tree dp, independent set, house robber, post-order
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40000, 79), cases=[(0, 1), (1, 2), (2, 3), (15, 4)])
def tree_max_weight_independent_set(n: int, seed: int) -> Tuple[int, int, int, int]:
    """Return (best weight, chosen vertices, weight with root, chosen-index checksum)."""
    if n <= 0:
        return (0, 0, 0, 0)
    state = seed & 0x7FFFFFFF
    parent = [-1] * n
    weight = [0] * n
    for v in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        weight[v] = 1 + (state >> 8) % 1000
        if v:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            parent[v] = (state >> 8) % v
    children = [[] for _ in range(n)]
    for v in range(1, n):
        children[parent[v]].append(v)
    take = weight[:]
    skip = [0] * n
    for v in reversed(range(n)):
        for c in children[v]:
            take[v] += skip[c]
            skip[v] += max(take[c], skip[c])
    chosen = [False] * n
    for v in range(n):
        parent_taken = v > 0 and chosen[parent[v]]
        chosen[v] = not parent_taken and take[v] > skip[v]
    picked = [v for v in range(n) if chosen[v]]
    return (max(take[0], skip[0]), len(picked), take[0], sum(picked) % 1000000007)
