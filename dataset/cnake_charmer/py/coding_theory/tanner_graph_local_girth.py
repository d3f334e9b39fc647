"""Local girth of every bit node in the Tanner graph of a random LDPC code.

Each of n variable nodes is joined to three distinct check nodes drawn from a seeded
LCG. For every variable node a breadth-first search labels each reached node with the
root's neighbour it descends from; a non-tree edge joining two different branches
closes a cycle through the root of length d(u) + d(w) + 1, and the search stops once
no shorter cycle is possible. Short cycles (4-cycles especially) hurt iterative
decoders, so this census is a standard LDPC design check.

Keywords: coding theory, LDPC, Tanner graph, girth, short cycles, breadth-first search, bipartite graph
"""

from collections import Counter, deque

from cnake_charmer.benchmarks import python_benchmark


def build_tanner_graph(n, m, seed):
    state = seed & 0x7FFFFFFF
    adjacency = [[] for _ in range(n + m)]
    for v in range(n):
        chosen = []
        while len(chosen) < min(3, m):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            c = (state >> 16) % m
            if c not in chosen:
                chosen.append(c)
        for c in chosen:
            adjacency[v].append(n + c)
            adjacency[n + c].append(v)
    return adjacency


def local_girth(adjacency, root):
    """Length of the shortest cycle through root (0 if none)."""
    dist = {root: 0}
    branch = {root: -1}
    queue = deque([root])
    best = None
    while queue:
        u = queue.popleft()
        if best is not None and 2 * dist[u] >= best:
            break
        for w in adjacency[u]:
            if w not in dist:
                dist[w] = dist[u] + 1
                branch[w] = w if u == root else branch[u]
                queue.append(w)
            elif u != root and w != root and branch[w] != branch[u]:
                length = dist[u] + dist[w] + 1
                if best is None or length < best:
                    best = length
    return best or 0


@python_benchmark(args=(3500, 1750, 5), cases=[(0, 5, 1), (10, 1, 2), (12, 6, 3), (60, 30, 4), (200, 40, 5)])
def tanner_graph_local_girth(n: int, m: int, seed: int):
    """Return (girth, sorted (local girth, count) pairs, checksum of local girths)."""
    if n == 0 or m == 0:
        return 0, [], 0
    adjacency = build_tanner_graph(n, m, seed)
    girths = [local_girth(adjacency, v) for v in range(n)]
    histogram = Counter(girths)
    cyclic = [g for g in girths if g]
    checksum = 0
    for g in girths:
        checksum = (checksum * 13 + g) % 1000000007
    return (min(cyclic) if cyclic else 0), sorted(histogram.items()), checksum
