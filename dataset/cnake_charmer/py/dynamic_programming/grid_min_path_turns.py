"""Cheapest monotone path through a cost grid, and the shape of that path.

Cell costs are drawn from a seeded LCG. Moving only right or down from the top-left to
the bottom-right corner, the DP finds the minimum total cost; walking back (preferring
to come from above on ties) recovers the path, whose number of direction changes and
position checksum are returned.

Keywords: dynamic programming, grid path, minimum path sum, reconstruction, matrix
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(450, 450, 37), cases=[(1, 1, 1), (1, 6, 2), (5, 1, 3), (8, 11, 4)])
def grid_min_path_turns(rows: int, cols: int, seed: int) -> Tuple[int, int, int]:
    """Return (minimum path cost, direction changes along the path, path checksum)."""
    if rows <= 0 or cols <= 0:
        raise ValueError("grid must be non-empty")
    state = seed & 0x7FFFFFFF
    grid = []
    for _ in range(rows):
        line = []
        for _ in range(cols):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            line.append((state >> 12) % 100)
        grid.append(line)
    best = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if r == 0 and c == 0:
                best[r][c] = grid[r][c]
            elif r == 0:
                best[r][c] = best[r][c - 1] + grid[r][c]
            elif c == 0:
                best[r][c] = best[r - 1][c] + grid[r][c]
            else:
                best[r][c] = min(best[r - 1][c], best[r][c - 1]) + grid[r][c]
    r, c = rows - 1, cols - 1
    moves = []
    checksum = 0
    while r or c:
        checksum = (checksum * 31 + r * cols + c) % 1000000007
        if c == 0 or (r > 0 and best[r - 1][c] <= best[r][c - 1]):
            moves.append("D")
            r -= 1
        else:
            moves.append("R")
            c -= 1
    turns = sum(1 for a, b in zip(moves, moves[1:]) if a != b)
    return (best[rows - 1][cols - 1], turns, checksum)
