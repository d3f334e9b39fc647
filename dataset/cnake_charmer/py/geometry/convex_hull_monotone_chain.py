"""Convex hull of seeded integer points with Andrew's monotone chain.

Points are generated in a disc-like cloud with a seeded LCG, sorted lexicographically,
and the lower and upper hulls are built with cross-product turn tests (collinear points
dropped). Returns the hull size, twice its area, its perimeter and the first vertices.

Keywords: geometry, convex hull, monotone chain, cross product, sorting, polygon area
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60000, 42), cases=[(0, 1), (1, 1), (2, 3), (3, 5), (50, 9)])
def convex_hull_monotone_chain(n: int, seed: int) -> Tuple[int, int, float, List[Tuple[int, int]]]:
    """Build the convex hull of n seeded points."""
    state = seed & 0x7FFFFFFF
    pts = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = state % 20001 - 10000
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        y = state % 20001 - 10000
        if x * x + y * y <= 100000000:
            pts.append((x, y))
    pts = sorted(set(pts))
    if len(pts) < 3:
        return (len(pts), 0, 0.0, pts)

    def cross(o: Tuple[int, int], a: Tuple[int, int], b: Tuple[int, int]) -> int:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: List[Tuple[int, int]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: List[Tuple[int, int]] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    hull = lower[:-1] + upper[:-1]
    area2 = 0
    perim = 0.0
    for i, (x1, y1) in enumerate(hull):
        x2, y2 = hull[(i + 1) % len(hull)]
        area2 += x1 * y2 - x2 * y1
        perim += math.hypot(x2 - x1, y2 - y1)
    return (len(hull), area2, perim, hull[:6])
