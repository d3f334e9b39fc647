"""Bidirectional BFS on the implicit "flip these bit masks" graph.

Vertices are integers of `bits` bits; an edge joins u and u ^ m for each of a few
generated masks, and about a quarter of the vertices are blocked. For each query
pair, searches grow level by level from both ends (always the smaller frontier) until
they meet. Returns the distances and the total number of vertices labelled.

Keywords: bidirectional search, breadth-first search, implicit graph, bit masks, shortest path
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(16, 80, 9), cases=[(1, 3, 1), (4, 5, 2), (8, 10, 3), (12, 0, 4), (10, 6, 5)])
def bidirectional_bfs_bitflip_graph(bits: int, queries: int, seed: int) -> Tuple[List[int], int]:
    """Return (distance per query or -1, vertices labelled); 1 <= bits <= 20."""
    if not 1 <= bits <= 20:
        raise ValueError("bits must be in 1..20")
    size = 1 << bits
    state = seed & 0x7FFFFFFF
    masks = []
    for _ in range(bits // 2 + 2):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        masks.append(((state >> 4) & (size - 1)) or 1)
    blocked = []
    for _ in range(size):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        blocked.append((state >> 16) % 4 == 0)
    distances = []
    labelled = 0
    for _ in range(queries):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        s = (state >> 3) & (size - 1)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        t = (state >> 3) & (size - 1)
        dist_s, dist_t = {s: 0}, {t: 0}
        front_s, front_t = [s], [t]
        answer = 0 if s == t else -1
        while answer < 0 and front_s and front_t:
            if len(front_s) <= len(front_t):
                mine, other, front = dist_s, dist_t, front_s
            else:
                mine, other, front = dist_t, dist_s, front_t
            nxt = []
            for u in front:
                for m in masks:
                    v = u ^ m
                    if not blocked[v] and v not in mine:
                        mine[v] = mine[u] + 1
                        nxt.append(v)
            meets = [mine[v] + other[v] for v in nxt if v in other]
            if meets:
                answer = min(meets)
            if front is front_s:
                front_s = nxt
            else:
                front_t = nxt
        labelled += len(dist_s) + len(dist_t)
        distances.append(answer)
    return distances, labelled
