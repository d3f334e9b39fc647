"""Rasterising seeded line segments with Bresenham's algorithm.

Every segment is walked with the integer-only Bresenham algorithm (all octants) and
its pixels are counted into a grid. Returns the number of distinct lit pixels, the
hottest pixel's count and position, and the total pixel steps.

Keywords: geometry, bresenham, line rasterisation, integer arithmetic, pixels
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(4000, 256, 5), cases=[(0, 8, 1), (1, 1, 1), (3, 4, 2), (25, 16, 3)])
def bresenham_line_raster(lines: int, size: int, seed: int) -> Tuple[int, int, Tuple[int, int], int]:
    """Draw `lines` seeded segments on a size x size grid."""
    grid = [[0] * size for _ in range(size)]
    state = seed & 0x7FFFFFFF
    steps = 0
    for _ in range(lines):
        coords = []
        for _ in range(4):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            coords.append(state % size)
        x0, y0, x1, y1 = coords
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx = 1 if x0 < x1 else -1
        sy = 1 if y0 < y1 else -1
        err = dx + dy
        while True:
            grid[y0][x0] += 1
            steps += 1
            if x0 == x1 and y0 == y1:
                break
            e2 = 2 * err
            if e2 >= dy:
                err += dy
                x0 += sx
            if e2 <= dx:
                err += dx
                y0 += sy
    lit = sum(1 for row in grid for v in row if v)
    hot, hx, hy = 0, 0, 0
    for y, row in enumerate(grid):
        for x, v in enumerate(row):
            if v > hot:
                hot, hx, hy = v, x, y
    return (lit, hot, (hx, hy), steps)
