"""Lowest common ancestors in a random weighted tree by binary lifting.

Vertex i > 0 hangs under a random earlier vertex with a random edge weight. A table of
2^k-th ancestors answers each query by lifting the deeper endpoint and then both
endpoints together; weighted distances follow from root distances.

Keywords: graph, tree, lowest common ancestor, binary lifting, sparse table, queries
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(15000, 15000, 61), cases=[(1, 3, 1), (2, 4, 2), (7, 10, 3), (100, 50, 4)])
def tree_lca_binary_lifting(n: int, queries: int, seed: int) -> Tuple[int, int, int, int]:
    """Return (sum of LCA depths, sum of weighted distances, ancestor-pair queries, max distance)."""
    if n <= 0:
        return (0, 0, 0, 0)
    state = seed & 0x7FFFFFFF
    parent = [0] * n
    depth = [0] * n
    root_dist = [0] * n
    for v in range(1, n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        parent[v] = (state >> 7) % v
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        depth[v] = depth[parent[v]] + 1
        root_dist[v] = root_dist[parent[v]] + 1 + (state >> 7) % 100
    levels = max(1, (n - 1).bit_length())
    up = [parent]
    for _ in range(1, levels):
        prev = up[-1]
        up.append([prev[prev[v]] for v in range(n)])
    depth_sum = dist_sum = ancestor_pairs = longest = 0
    for _ in range(queries):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = (state >> 7) % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        b = (state >> 7) % n
        u, v = (a, b) if depth[a] >= depth[b] else (b, a)
        diff = depth[u] - depth[v]
        k = 0
        while diff:
            if diff & 1:
                u = up[k][u]
            diff >>= 1
            k += 1
        if u != v:
            for k in range(levels - 1, -1, -1):
                if up[k][u] != up[k][v]:
                    u, v = up[k][u], up[k][v]
            u = parent[u]
        if u == a or u == b:
            ancestor_pairs += 1
        d = root_dist[a] + root_dist[b] - 2 * root_dist[u]
        depth_sum += depth[u]
        dist_sum += d
        longest = max(longest, d)
    return (depth_sum, dist_sum, ancestor_pairs, longest)
