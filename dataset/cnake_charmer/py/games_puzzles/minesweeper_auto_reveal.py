"""Minesweeper boards: compute the numbers and flood-reveal from safe clicks.

Mines are placed on a w x h board by a seeded LCG. Each safe cell's number counts
adjacent mines; clicking a zero cell reveals its whole zero region plus the numbered
border (the flood fill a real game performs). The pair clicks a sequence of LCG
cells, skipping mines and already revealed cells, and reports the revealed count after
each click, the total of all numbers and the number of zero regions.

Keywords: games, minesweeper, flood fill, neighbour counting, grid, puzzle
"""

from collections import deque
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(300, 200, 0.16, 100, 8), cases=[(1, 1, 0.0, 2, 1), (5, 4, 0.5, 3, 2), (10, 10, 0.1, 5, 3), (0, 5, 0.2, 3, 4)])
def minesweeper_auto_reveal(width: int, height: int, density: float, clicks: int, seed: int) -> Tuple[List[int], int, int]:
    """Return (revealed cells after each click, sum of all numbers, zero regions)."""
    if width <= 0 or height <= 0:
        return [], 0, 0
    state = seed & 0x7FFFFFFF

    def draw() -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state

    mine = [[draw() / 2147483648.0 < density for _ in range(width)] for _ in range(height)]
    number = [[sum(mine[rr][cc] for rr in range(max(r - 1, 0), min(r + 2, height))
                   for cc in range(max(c - 1, 0), min(c + 2, width))) - mine[r][c]
               for c in range(width)] for r in range(height)]
    total = sum(number[r][c] for r in range(height) for c in range(width) if not mine[r][c])
    seen = [[False] * width for _ in range(height)]
    regions = 0
    for r in range(height):
        for c in range(width):
            if not mine[r][c] and number[r][c] == 0 and not seen[r][c]:
                regions += 1
                stack = [(r, c)]
                seen[r][c] = True
                while stack:
                    y, x = stack.pop()
                    for yy in range(max(y - 1, 0), min(y + 2, height)):
                        for xx in range(max(x - 1, 0), min(x + 2, width)):
                            if not seen[yy][xx] and not mine[yy][xx] and number[yy][xx] == 0:
                                seen[yy][xx] = True
                                stack.append((yy, xx))
    revealed = [[False] * width for _ in range(height)]
    count = 0
    history = []
    for _ in range(clicks):
        r, c = (draw() >> 8) % height, (draw() >> 8) % width
        if not mine[r][c] and not revealed[r][c]:
            queue = deque([(r, c)])
            revealed[r][c] = True
            count += 1
            while queue:
                y, x = queue.popleft()
                if number[y][x] != 0:
                    continue
                for yy in range(max(y - 1, 0), min(y + 2, height)):
                    for xx in range(max(x - 1, 0), min(x + 2, width)):
                        if not revealed[yy][xx] and not mine[yy][xx]:
                            revealed[yy][xx] = True
                            count += 1
                            queue.append((yy, xx))
        history.append(count)
    return history, total, regions
