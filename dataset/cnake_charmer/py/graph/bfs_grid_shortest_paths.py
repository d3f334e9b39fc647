"""Breadth-first search distances on a randomly walled grid.

A rows x cols grid is filled with walls from a seeded LCG; BFS from the top-left
cell labels every reachable open cell with its step distance. The result summarises
the distance field so that a wrong traversal shows up in several numbers at once.

Keywords: graph, bfs, grid, shortest path, maze, queue
"""

from collections import deque
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(320, 320, 28, 7), cases=[(0, 5, 20, 1), (1, 1, 50, 2), (12, 9, 30, 3), (40, 3, 45, 11)])
def bfs_grid_shortest_paths(rows: int, cols: int, wall_percent: int, seed: int) -> Tuple[int, int, int, int]:
    """Return (reached cells, max distance, distance sum, distance to bottom-right or -1)."""
    if rows <= 0 or cols <= 0:
        return (0, 0, 0, -1)
    state = seed & 0x7FFFFFFF
    grid = []
    for _ in range(rows):
        row = []
        for _ in range(cols):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((state >> 8) % 100 < wall_percent)
        grid.append(row)
    grid[0][0] = False
    dist = [[-1] * cols for _ in range(rows)]
    dist[0][0] = 0
    queue = deque([(0, 0)])
    while queue:
        r, c = queue.popleft()
        d = dist[r][c] + 1
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and not grid[nr][nc] and dist[nr][nc] < 0:
                dist[nr][nc] = d
                queue.append((nr, nc))
    reached = [d for row in dist for d in row if d >= 0]
    return (len(reached), max(reached), sum(reached), dist[rows - 1][cols - 1])
