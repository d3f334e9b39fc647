"""Brushfire clearance map plus wavefront planning on an inflated occupancy grid.

A seeded grid of rectangular obstacles (with a walled border) is first swept by a
brushfire: a multi-source breadth-first search from every obstacle cell labels each
free cell with its 4-connected distance to the nearest obstacle. Cells closer than
the robot radius are treated as occupied (configuration-space inflation). A second
wave spreads from the goal over the remaining cells, and the robot descends the wave
from its start, breaking ties toward the larger clearance.

Keywords: robotics, wavefront planner, brushfire, distance transform, configuration space, grid path planning
"""

from collections import deque

from cnake_charmer.benchmarks import python_benchmark

MOVES = ((1, 0), (0, 1), (-1, 0), (0, -1))


def _obstacle_grid(size: int, blocks: int, seed: int) -> list:
    grid = [[r in (0, size - 1) or c in (0, size - 1) for c in range(size)] for r in range(size)]
    state = seed & 0x7FFFFFFF
    for _ in range(blocks):
        corner = []
        for _ in range(4):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            corner.append(state >> 16)
        r0, c0 = corner[0] % size, corner[1] % size
        h, w = 2 + corner[2] % 12, 2 + corner[3] % 12
        for r in range(r0, min(r0 + h, size)):
            for c in range(c0, min(c0 + w, size)):
                grid[r][c] = True
    return grid


def _breadth_first(size: int, sources: list, passable) -> list:
    dist = [[-1] * size for _ in range(size)]
    queue = deque()
    for r, c in sources:
        dist[r][c] = 0
        queue.append((r, c))
    while queue:
        r, c = queue.popleft()
        for dr, dc in MOVES:
            nr, nc = r + dr, c + dc
            if 0 <= nr < size and 0 <= nc < size and dist[nr][nc] < 0 and passable(nr, nc):
                dist[nr][nc] = dist[r][c] + 1
                queue.append((nr, nc))
    return dist


@python_benchmark(args=(300, 250, 2, 41), cases=[(20, 0, 1, 1), (30, 6, 1, 2), (40, 20, 3, 3), (25, 4, 12, 4), (1, 0, 0, 5), (40, 20, 2, 3)])
def brushfire_wavefront_planner(size: int, blocks: int, radius: int, seed: int) -> tuple:
    """Return (path cells, min clearance on path, wave cells, free cells after inflation, clearance checksum)."""
    grid = _obstacle_grid(size, blocks, seed)
    obstacles = [(r, c) for r in range(size) for c in range(size) if grid[r][c]]
    clearance = _breadth_first(size, obstacles, lambda r, c: True)

    def open_cell(r: int, c: int) -> bool:
        return clearance[r][c] > radius

    free_cells = sum(open_cell(r, c) for r in range(size) for c in range(size))
    checksum = 0
    for row in clearance:
        for value in row:
            checksum = (checksum * 31 + value + 1) % 1000000007

    start, goal = (size // 8, size // 8), (size - 1 - size // 8, size - 1 - size // 8)
    if not (open_cell(*start) and open_cell(*goal)):
        return (-1, -1, 0, free_cells, checksum)
    wave = _breadth_first(size, [goal], open_cell)
    wave_cells = sum(1 for row in wave for value in row if value >= 0)
    if wave[start[0]][start[1]] < 0:
        return (-1, -1, wave_cells, free_cells, checksum)

    r, c = start
    path = 1
    tightest = clearance[r][c]
    while (r, c) != goal:
        options = [(-clearance[r + dr][c + dc], k, r + dr, c + dc) for k, (dr, dc) in enumerate(MOVES)
                   if wave[r + dr][c + dc] == wave[r][c] - 1]
        _, _, r, c = min(options)
        path += 1
        tightest = min(tightest, clearance[r][c])
    return (path, tightest, wave_cells, free_cells, checksum)
