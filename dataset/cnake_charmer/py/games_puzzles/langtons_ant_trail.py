"""Langton's ant on a toroidal grid, followed for a number of steps.

On a white cell the ant turns right, on a black cell left; it flips the cell and moves
forward. After ~10,000 steps from a blank grid the ant famously builds a highway. The
pair returns the number of black cells, the ant's final position and heading, and a
row-wise checksum of the grid.

Keywords: games, langtons ant, cellular automaton, turmite, emergent behaviour
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(128, 700000), cases=[(1, 5), (4, 0), (16, 200), (0, 10)])
def langtons_ant_trail(size: int, steps: int) -> Tuple[int, int, int, int, int]:
    """Return (black cells, row, column, heading 0..3, grid checksum)."""
    if size <= 0:
        return 0, 0, 0, 0, 0
    grid = [[False] * size for _ in range(size)]
    moves = [(-1, 0), (0, 1), (1, 0), (0, -1)]
    r = c = size // 2
    heading = 0
    for _ in range(steps):
        if grid[r][c]:
            heading = (heading + 3) % 4
        else:
            heading = (heading + 1) % 4
        grid[r][c] = not grid[r][c]
        dr, dc = moves[heading]
        r, c = (r + dr) % size, (c + dc) % size
    black = sum(row.count(True) for row in grid)
    checksum = 0
    for i, row in enumerate(grid):
        checksum = (checksum * 31 + sum(j + 1 for j, cell in enumerate(row) if cell) * (i + 1)) % 1000000007
    return black, r, c, heading, checksum
