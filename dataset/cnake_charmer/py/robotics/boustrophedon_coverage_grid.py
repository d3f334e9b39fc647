"""Boustrophedon coverage of a cluttered grid with breadth-first escapes from dead ends.

A cleaning robot must visit every reachable free cell of a seeded grid with
rectangular obstacles. It sweeps column by column in an ox-plough (boustrophedon)
pattern: keep going along the column, otherwise step sideways and reverse the sweep
direction. When every neighbour is blocked or already covered, a breadth-first
search finds the nearest uncovered cell and the robot travels there. The result
counts coverage, total moves and the overhead of repeated cells.

Keywords: robotics, coverage path planning, boustrophedon, cleaning robot, breadth-first search, grid
"""

from collections import deque

from cnake_charmer.benchmarks import python_benchmark

NEIGHBOURS = ((-1, 0), (1, 0), (0, 1), (0, -1))


def _grid(rows: int, cols: int, blocks: int, seed: int) -> list:
    blocked = [[False] * cols for _ in range(rows)]
    state = seed & 0x7FFFFFFF
    for _ in range(blocks):
        values = []
        for _ in range(4):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            values.append(state >> 16)
        r0, c0 = values[0] % rows, values[1] % cols
        for r in range(r0, min(rows, r0 + 1 + values[2] % 6)):
            for c in range(c0, min(cols, c0 + 1 + values[3] % 6)):
                blocked[r][c] = True
    blocked[0][0] = False
    return blocked


def _nearest_uncovered(start: tuple, blocked: list, covered: list) -> tuple:
    """Breadth-first search for the closest free uncovered cell; returns (cell, distance)."""
    rows, cols = len(blocked), len(blocked[0])
    seen = {start}
    queue = deque([(start, 0)])
    while queue:
        (r, c), dist = queue.popleft()
        if not covered[r][c]:
            return (r, c), dist
        for dr, dc in NEIGHBOURS:
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and not blocked[nr][nc] and (nr, nc) not in seen:
                seen.add((nr, nc))
                queue.append(((nr, nc), dist + 1))
    return None, 0


@python_benchmark(args=(180, 200, 1000, 12), cases=[(10, 10, 0, 1), (1, 1, 0, 2), (20, 30, 25, 3), (15, 1, 3, 4), (0, 5, 2, 5)])
def boustrophedon_coverage_grid(rows: int, cols: int, blocks: int, seed: int) -> tuple:
    """Return (covered, free cells, moves, repeated-cell moves, reversals, searches, final cell)."""
    if rows <= 0 or cols <= 0:
        return (0, 0, 0, 0, 0, 0, (0, 0))
    blocked = _grid(rows, cols, blocks, seed)
    free_cells = sum(1 for row in blocked for cell in row if not cell)
    covered = [[False] * cols for _ in range(rows)]
    r, c = 0, 0
    covered[0][0] = True
    count = 1
    direction = 1
    moves = repeats = reversals = searches = 0

    def open_cell(nr: int, nc: int) -> bool:
        return 0 <= nr < rows and 0 <= nc < cols and not blocked[nr][nc] and not covered[nr][nc]

    while True:
        if open_cell(r + direction, c):
            r += direction
        elif open_cell(r, c + 1):
            c += 1
            direction = -direction
            reversals += 1
        elif open_cell(r, c - 1):
            c -= 1
            direction = -direction
            reversals += 1
        else:
            searches += 1
            target, dist = _nearest_uncovered((r, c), blocked, covered)
            if target is None:
                break
            r, c = target
            moves += dist - 1
            repeats += dist - 1
        moves += 1
        covered[r][c] = True
        count += 1
    return (count, free_cells, moves, repeats, reversals, searches, (r, c))
