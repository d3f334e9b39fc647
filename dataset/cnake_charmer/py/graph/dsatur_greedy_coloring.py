"""Greedy graph colouring with the DSatur heuristic.

Vertices are coloured one at a time: the next vertex is the uncoloured one with the
most distinct neighbour colours (saturation), then the highest degree, then the lowest
index; it gets the smallest colour absent from its neighbours. The number of colours,
the colour class sizes and a checksum of the assignment are returned.

Keywords: graph, coloring, dsatur, greedy, saturation degree, chromatic number
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(800, 6, 83), cases=[(0, 10, 1), (1, 50, 2), (4, 100, 3), (40, 20, 4)])
def dsatur_greedy_coloring(n: int, edge_percent: int, seed: int) -> Tuple[int, List[int], int]:
    """Return (colours used, size of each colour class, checksum of vertex colours)."""
    state = seed & 0x7FFFFFFF
    adj = [set() for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if (state >> 11) % 100 < edge_percent:
                adj[i].add(j)
                adj[j].add(i)
    color = [-1] * n
    neighbour_colors = [set() for _ in range(n)]
    uncolored = set(range(n))
    while uncolored:
        v = max(uncolored, key=lambda x: (len(neighbour_colors[x]), len(adj[x]), -x))
        c = 0
        while c in neighbour_colors[v]:
            c += 1
        color[v] = c
        uncolored.discard(v)
        for w in adj[v]:
            neighbour_colors[w].add(c)
    used = max(color, default=-1) + 1
    sizes = [color.count(c) for c in range(used)]
    checksum = sum((v + 1) * (c + 1) for v, c in enumerate(color)) % 1000000007
    return (used, sizes, checksum)
