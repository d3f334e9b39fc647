"""Spatial join of points to overlapping polygons through a uniform grid index.

Seeded star-shaped (generally non-convex) zones with integer vertices are registered
in every cell of a uniform grid that their bounding box touches. Each seeded point
looks up its cell, rejects candidates by bounding box and runs an exact integer
crossing-number test on the rest. Returns points per zone (as a checksum plus the
first counts), the uncovered points, points in two or more zones, the exact tests run
and the number of (cell, zone) registrations.

Keywords: spatial indexing, spatial join, uniform grid, point in polygon, crossing number, bounding box
"""

from collections import defaultdict
from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

# twelve integer directions of length about 10, clockwise from east
SPOKES = [(10, 0), (9, 5), (5, 9), (0, 10), (-5, 9), (-9, 5), (-10, 0), (-9, -5), (-5, -9), (0, -10), (5, -9), (9, -5)]
Polygon = List[Tuple[int, int]]


def contains(poly: Polygon, px: int, py: int) -> bool:
    inside = False
    x2, y2 = poly[-1]
    for x1, y1 in poly:
        if (y1 > py) != (y2 > py):
            # px < x1 + (py - y1) * (x2 - x1) / (y2 - y1), without division
            lhs = (px - x1) * (y2 - y1)
            rhs = (py - y1) * (x2 - x1)
            if (lhs < rhs) if y2 > y1 else (lhs > rhs):
                inside = not inside
        x2, y2 = x1, y1
    return inside


@python_benchmark(args=(60000, 300, 250, 8), cases=[(0, 5, 100, 1), (10, 0, 100, 2), (1, 1, 50, 3), (300, 20, 64, 4), (500, 40, 10000, 5), (5, 5, 0, 6)])
def grid_polygon_point_join(n_points: int, n_zones: int, cell: int, seed: int) -> Tuple[int, List[int], int, int, int, int]:
    """Return (zone checksum, first 8 zone counts, uncovered, multiply covered, exact tests, registrations)."""
    if cell < 8:
        raise ValueError("cell must be at least 8 map units")
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 10) % k

    zones: List[Polygon] = []
    boxes = []
    for _ in range(n_zones):
        cx, cy = draw(10000), draw(10000)
        poly = []
        for dx, dy in SPOKES:
            r = 20 + draw(60) if draw(3) else 5 + draw(15)  # some spokes pulled in: non-convex
            poly.append((cx + dx * r, cy + dy * r))
        zones.append(poly)
        xs = [x for x, _ in poly]
        ys = [y for _, y in poly]
        boxes.append((min(xs), min(ys), max(xs), max(ys)))

    grid: Dict[Tuple[int, int], List[int]] = defaultdict(list)
    registrations = 0
    for z, (x0, y0, x1, y1) in enumerate(boxes):
        for gx in range(x0 // cell, x1 // cell + 1):
            for gy in range(y0 // cell, y1 // cell + 1):
                grid[(gx, gy)].append(z)
                registrations += 1

    per_zone = [0] * n_zones
    uncovered = multiple = tests = 0
    for _ in range(n_points):
        px, py = draw(10000), draw(10000)
        hits = 0
        for z in grid.get((px // cell, py // cell), ()):
            x0, y0, x1, y1 = boxes[z]
            if x0 <= px <= x1 and y0 <= py <= y1:
                tests += 1
                if contains(zones[z], px, py):
                    per_zone[z] += 1
                    hits += 1
        if hits == 0:
            uncovered += 1
        elif hits > 1:
            multiple += 1
    checksum = 0
    for count in per_zone:
        checksum = (checksum * 1000003 + count) % 1000000007
    return checksum, per_zone[:8], uncovered, multiple, tests, registrations
