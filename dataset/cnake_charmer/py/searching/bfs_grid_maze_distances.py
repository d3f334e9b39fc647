"""Breadth-first search distances in a random maze grid.

Cells are walls with some probability (the first row and column are kept open); BFS from the top-left corner computes the
shortest 4-neighbour step distance to every reachable open cell. Returns the number
of reachable cells, the distance to the bottom-right corner (or -1), the largest
distance and a histogram of distances in buckets of ten.

Keywords: breadth-first search, grid, maze, shortest path, queue
"""

from collections import deque
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(400, 400, 22, 3), cases=[(1, 1, 0, 1), (0, 5, 10, 2), (5, 5, 100, 3), (30, 20, 30, 4)])
def bfs_grid_maze_distances(rows: int, cols: int, wall_percent: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (reachable, distance to far corner, max distance, distance histogram)."""
    if rows <= 0 or cols <= 0:
        return 0, -1, 0, []
    state = seed & 0x7FFFFFFF
    wall = []
    for _ in range(rows * cols):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        wall.append((state >> 10) % 100 < wall_percent)
    for c in range(cols):
        wall[c] = False
    for r in range(rows):
        wall[r * cols] = False
    wall[-1] = False
    dist = [-1] * (rows * cols)
    dist[0] = 0
    queue = deque([(0, 0)])
    while queue:
        r, c = queue.popleft()
        d = dist[r * cols + c] + 1
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols:
                k = nr * cols + nc
                if not wall[k] and dist[k] < 0:
                    dist[k] = d
                    queue.append((nr, nc))
    reached = [d for d in dist if d >= 0]
    far = max(reached)
    hist = [0] * (far // 10 + 1)
    for d in reached:
        hist[d // 10] += 1
    return len(reached), dist[-1], far, hist[:20]
