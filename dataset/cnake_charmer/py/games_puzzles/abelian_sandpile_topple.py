"""Abelian sandpile: drop grains at the centre and topple until stable.

Grains are added one at a time to the centre of an n x n grid; any cell holding four
or more grains topples, sending one grain to each neighbour (grains fall off the
edge). The pair returns the count of cells holding 0, 1, 2 and 3 grains, the total
number of topplings and the centre row of the final configuration.

Keywords: games, sandpile, cellular automaton, self organised criticality, toppling
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(41, 2000), cases=[(1, 5), (3, 0), (5, 40), (0, 10)])
def abelian_sandpile_topple(n: int, grains: int) -> Tuple[List[int], int, List[int]]:
    """Return (cells holding 0..3 grains, topplings, centre row)."""
    if n <= 0:
        return [0, 0, 0, 0], 0, []
    grid = [[0] * n for _ in range(n)]
    mid = n // 2
    topplings = 0
    for _ in range(grains):
        grid[mid][mid] += 1
        stack = [(mid, mid)]
        while stack:
            r, c = stack.pop()
            if grid[r][c] < 4:
                continue
            grid[r][c] -= 4
            topplings += 1
            if grid[r][c] >= 4:
                stack.append((r, c))
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < n and 0 <= nc < n:
                    grid[nr][nc] += 1
                    if grid[nr][nc] >= 4:
                        stack.append((nr, nc))
    counts = [0, 0, 0, 0]
    for row in grid:
        for v in row:
            counts[v] += 1
    return counts, topplings, grid[mid][:]
