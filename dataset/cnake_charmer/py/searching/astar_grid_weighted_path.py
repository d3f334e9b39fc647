"""A* shortest path on a weighted grid with a Manhattan-distance heuristic.

Each cell costs 1-9 to enter (some cells are blocked). A* expands cells in order of
cost-so-far plus the admissible heuristic (Manhattan distance times the minimum cell
cost), using a binary heap. Returns the path cost to the far corner, the number of
expanded cells and the path length in steps.

Keywords: A star, heuristic search, shortest path, priority queue, grid
"""

import heapq
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(220, 5), cases=[(1, 1), (2, 3), (10, 4), (0, 2), (25, 9)])
def astar_grid_weighted_path(size: int, seed: int) -> Tuple[int, int, int]:
    """Return (path cost or -1, expanded cells, path steps) on a size x size grid."""
    if size <= 0:
        return -1, 0, 0
    state = seed & 0x7FFFFFFF
    cost = []
    for _ in range(size * size):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r = (state >> 8) % 100
        cost.append(0 if r < 18 else 1 + r % 9)
    cost[0] = cost[-1] = 1
    goal = size * size - 1
    best = {0: 0}
    parent = {0: -1}
    heap = [(2 * (size - 1), 0, 0)]
    expanded = 0
    closed = set()
    while heap:
        f, g, cell = heapq.heappop(heap)
        if cell in closed:
            continue
        closed.add(cell)
        expanded += 1
        if cell == goal:
            break
        r, c = divmod(cell, size)
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < size and 0 <= nc < size:
                k = nr * size + nc
                if cost[k] and k not in closed:
                    ng = g + cost[k]
                    if ng < best.get(k, 1 << 60):
                        best[k] = ng
                        parent[k] = cell
                        heapq.heappush(heap, (ng + (size - 1 - nr) + (size - 1 - nc), ng, k))
    if goal not in closed:
        return -1, expanded, 0
    steps = 0
    node = goal
    while parent[node] >= 0:
        node = parent[node]
        steps += 1
    return best[goal], expanded, steps
