"""Nearest neighbour by expanding square rings of grid cells.

Seeded points (dense clusters over a sparse background) are hashed into a uniform
grid. A query inspects its own cell, then the ring of cells at Chebyshev distance 1,
2, ... around it; once a neighbour is known and the next ring is provably farther
(every point there is at least r * cell away), the search stops. Empty regions make
queries walk many rings, clusters make cells crowded, which is exactly the trade-off
of a fixed grid. Returns a checksum of nearest indices, the summed squared distances,
cells probed, rings walked and the first answers.

Keywords: spatial indexing, uniform grid, ring search, nearest neighbour, bucketing, chebyshev rings
"""

from collections import defaultdict
from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

SIDE = 1 << 16


def ring(cx: int, cy: int, r: int):
    """Cells at Chebyshev distance exactly r from (cx, cy)."""
    if r == 0:
        yield cx, cy
        return
    for dx in range(-r, r + 1):
        yield cx + dx, cy - r
        yield cx + dx, cy + r
    for dy in range(-r + 1, r):
        yield cx - r, cy + dy
        yield cx + r, cy + dy


@python_benchmark(args=(30000, 3000, 1024, 3), cases=[(0, 4, 512, 1), (1, 3, 4096, 2), (3, 5, 256, 3), (500, 40, 8192, 4), (300, 20, 65536, 5), (2000, 30, 128, 6), (10, 2, 32, 7)])
def grid_ring_search_nearest(n: int, queries: int, cell: int, seed: int) -> Tuple[int, int, int, int, List[Tuple[int, int]]]:
    """Return (index checksum, summed distance^2, cells probed, rings walked, first 6 (index, distance^2))."""
    if cell < 64:
        raise ValueError("cell must be at least 64 (at most 1024 x 1024 cells)")
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 8) % k

    hubs = [(draw(SIDE), draw(SIDE)) for _ in range(6)]
    points = []
    for i in range(n):
        if i % 5 == 0:
            points.append((draw(SIDE), draw(SIDE)))
        else:
            hx, hy = hubs[draw(6)]
            points.append((min(SIDE - 1, max(0, hx + draw(4001) - 2000)), min(SIDE - 1, max(0, hy + draw(4001) - 2000))))
    cells: Dict[Tuple[int, int], List[int]] = defaultdict(list)
    for i, (x, y) in enumerate(points):
        cells[(x // cell, y // cell)].append(i)
    span = (SIDE - 1) // cell  # the last cell index on each axis

    checksum = total = probed = rings = 0
    first: List[Tuple[int, int]] = []
    for q in range(queries):
        qx, qy = draw(SIDE), draw(SIDE)
        cx, cy = qx // cell, qy // cell
        best = (-1, -1)  # (distance^2, index)
        r = 0
        while points:
            for gx, gy in ring(cx, cy, r):
                if 0 <= gx <= span and 0 <= gy <= span:
                    probed += 1
                    for i in cells.get((gx, gy), ()):
                        px, py = points[i]
                        d = (px - qx) ** 2 + (py - qy) ** 2
                        if best[1] < 0 or (d, i) < best:
                            best = (d, i)
            rings += 1
            if best[1] >= 0 and (r * cell) ** 2 > best[0]:
                break
            r += 1
        checksum = (checksum * 1000003 + best[1] + 1) % 1000000007
        if best[1] >= 0:
            total += best[0]
        if q < 6:
            first.append((best[1], best[0]))
    return checksum, total, probed, rings, first
