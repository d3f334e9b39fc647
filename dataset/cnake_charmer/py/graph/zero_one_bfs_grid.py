"""Cheapest routes on a grid of open, muddy and walled cells with 0-1 BFS.

Stepping onto an open cell is free and onto mud costs one; walls block. A deque-based
0-1 BFS (free moves to the front, paid moves to the back) finds the minimum cost from
the top-left corner to every reachable cell.

Keywords: graph, 0-1 bfs, deque, shortest path, grid, weighted bfs
"""

from collections import deque
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark

OPEN, MUD, WALL = 0, 1, 2


@python_benchmark(args=(200, 200, 72), cases=[(0, 4, 1), (1, 1, 2), (3, 5, 3), (30, 20, 4)])
def zero_one_bfs_grid(rows: int, cols: int, seed: int) -> Tuple[int, int, int, int]:
    """Return (reachable cells, max cost, cost sum, cost of bottom-right or -1)."""
    if rows <= 0 or cols <= 0:
        return (0, 0, 0, -1)
    state = seed & 0x7FFFFFFF
    grid = []
    for _ in range(rows):
        line = []
        for _ in range(cols):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            roll = (state >> 10) % 10
            line.append(WALL if roll < 2 else MUD if roll < 5 else OPEN)
        grid.append(line)
    grid[0][0] = OPEN
    cost = [[-1] * cols for _ in range(rows)]
    cost[0][0] = 0
    queue = deque([(0, 0, 0)])
    while queue:
        c0, r, c = queue.popleft()
        if c0 > cost[r][c]:
            continue
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols:
                kind = grid[nr][nc]
                if kind == WALL:
                    continue
                step = c0 + (kind == MUD)
                if cost[nr][nc] < 0 or step < cost[nr][nc]:
                    cost[nr][nc] = step
                    if kind == MUD:
                        queue.append((step, nr, nc))
                    else:
                        queue.appendleft((step, nr, nc))
    reached = [x for line in cost for x in line if x >= 0]
    return (len(reached), max(reached), sum(reached), cost[rows - 1][cols - 1])
