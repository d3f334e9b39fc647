"""Intersection points of every pair of seeded circles.

For each pair of circles the radical-line construction gives zero, one (tangent) or
two intersection points. Returns the number of intersecting pairs, the number of
points, the bounding box of all points and the mean of their x coordinates.

Keywords: geometry, circle intersection, radical line, pairwise, analytic geometry
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(900, 10), cases=[(0, 1), (1, 1), (2, 2), (25, 3)])
def circle_pair_intersections(n: int, seed: int) -> Tuple[int, int, Tuple[float, float, float, float], float]:
    """Intersect all pairs among n seeded circles."""
    state = seed & 0x7FFFFFFF
    circles = []
    for _ in range(n):
        vals = []
        for _ in range(3):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            vals.append((state % 100000) / 1000.0)
        circles.append((vals[0], vals[1], 1.0 + vals[2] / 10.0))
    pairs = 0
    points = 0
    min_x = min_y = math.inf
    max_x = max_y = -math.inf
    sum_x = 0.0
    for i in range(n):
        x0, y0, r0 = circles[i]
        for j in range(i + 1, n):
            x1, y1, r1 = circles[j]
            dx, dy = x1 - x0, y1 - y0
            d = math.hypot(dx, dy)
            if d == 0.0 or d > r0 + r1 or d < abs(r0 - r1):
                continue
            a = (r0 * r0 - r1 * r1 + d * d) / (2 * d)
            h2 = r0 * r0 - a * a
            h = math.sqrt(h2) if h2 > 0 else 0.0
            mx, my = x0 + a * dx / d, y0 + a * dy / d
            found = [(mx + h * dy / d, my - h * dx / d)]
            if h > 0:
                found.append((mx - h * dy / d, my + h * dx / d))
            pairs += 1
            for px, py in found:
                points += 1
                sum_x += px
                min_x, max_x = min(min_x, px), max(max_x, px)
                min_y, max_y = min(min_y, py), max(max_y, py)
    if points == 0:
        return (0, 0, (0.0, 0.0, 0.0, 0.0), 0.0)
    return (pairs, points, (min_x, min_y, max_x, max_y), sum_x / points)
