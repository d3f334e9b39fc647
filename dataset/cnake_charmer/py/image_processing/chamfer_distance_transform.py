"""Chamfer (3-4) distance transform from scattered seed pixels.

Seeds are placed with a seeded generator; a forward and a backward raster pass
propagate integer chamfer distances (3 for edge neighbours, 4 for diagonals), which
approximate three times the Euclidean distance. Returns the maximum distance, a coarse
histogram of distances and the farthest pixel.

Keywords: image processing, distance transform, chamfer, two-pass, raster scan
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(300, 260, 40, 5), cases=[(0, 0, 3, 1), (1, 1, 1, 1), (8, 6, 0, 2), (10, 10, 2, 9)])
def chamfer_distance_transform(width: int, height: int, seeds: int, seed: int) -> Tuple[int, List[int], Tuple[int, int]]:
    """Compute a 3-4 chamfer distance map to seeded points."""
    if width <= 0 or height <= 0:
        return (0, [], (0, 0))
    big = 1 << 30
    dist = [[big] * width for _ in range(height)]
    state = seed & 0x7FFFFFFF
    for _ in range(seeds):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        px = state % width
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        py = state % height
        dist[py][px] = 0
    for y in range(height):
        for x in range(width):
            d = dist[y][x]
            if x > 0:
                d = min(d, dist[y][x - 1] + 3)
            if y > 0:
                d = min(d, dist[y - 1][x] + 3)
                if x > 0:
                    d = min(d, dist[y - 1][x - 1] + 4)
                if x + 1 < width:
                    d = min(d, dist[y - 1][x + 1] + 4)
            dist[y][x] = d
    for y in range(height - 1, -1, -1):
        for x in range(width - 1, -1, -1):
            d = dist[y][x]
            if x + 1 < width:
                d = min(d, dist[y][x + 1] + 3)
            if y + 1 < height:
                d = min(d, dist[y + 1][x] + 3)
                if x + 1 < width:
                    d = min(d, dist[y + 1][x + 1] + 4)
                if x > 0:
                    d = min(d, dist[y + 1][x - 1] + 4)
            dist[y][x] = d
    peak = max(max(row) for row in dist)
    far = next((x, y) for y in range(height) for x in range(width) if dist[y][x] == peak)
    hist = [0] * 8
    for row in dist:
        for d in row:
            hist[min(d // 30, 7)] += 1
    return (peak, hist, far)
