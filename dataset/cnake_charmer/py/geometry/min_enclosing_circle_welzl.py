"""Smallest enclosing circle of seeded points (randomised incremental Welzl).

Points are shuffled with a seeded Fisher-Yates pass, then the circle is grown
incrementally: a point outside the current circle must lie on the boundary, which
triggers the two- and three-point sub-problems. Returns centre, radius and how many
times the circle was rebuilt.

Keywords: geometry, minimum enclosing circle, welzl, circumcircle, randomised incremental
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


def _circle2(ax: float, ay: float, bx: float, by: float) -> Tuple[float, float, float]:
    cx, cy = (ax + bx) / 2, (ay + by) / 2
    return (cx, cy, (ax - cx) ** 2 + (ay - cy) ** 2)


def _circle3(ax: float, ay: float, bx: float, by: float, cx: float, cy: float) -> Tuple[float, float, float]:
    d = 2 * (ax * (by - cy) + bx * (cy - ay) + cx * (ay - by))
    if d == 0.0:
        return _circle2(min(ax, bx, cx), min(ay, by, cy), max(ax, bx, cx), max(ay, by, cy))
    a2, b2, c2 = ax * ax + ay * ay, bx * bx + by * by, cx * cx + cy * cy
    ux = (a2 * (by - cy) + b2 * (cy - ay) + c2 * (ay - by)) / d
    uy = (a2 * (cx - bx) + b2 * (ax - cx) + c2 * (bx - ax)) / d
    return (ux, uy, (ax - ux) ** 2 + (ay - uy) ** 2)


@python_benchmark(args=(60000, 21), cases=[(1, 1), (2, 2), (3, 3), (10, 4), (200, 5)])
def min_enclosing_circle_welzl(n: int, seed: int) -> Tuple[float, float, float, int]:
    """Return (cx, cy, radius, rebuilds) of the smallest circle around n seeded points."""
    state = seed & 0x7FFFFFFF
    pts = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = state / 2147483648.0
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        v = state / 2147483648.0
        pts.append((3.0 * u + v * v, 2.0 * v - u * u))
    for i in range(n - 1, 0, -1):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        j = state % (i + 1)
        pts[i], pts[j] = pts[j], pts[i]
    if n == 0:
        return (0.0, 0.0, 0.0, 0)
    eps = 1e-12

    def outside(c: Tuple[float, float, float], p: Tuple[float, float]) -> bool:
        return (p[0] - c[0]) ** 2 + (p[1] - c[1]) ** 2 > c[2] * (1 + eps) + eps

    rebuilds = 0
    c = (pts[0][0], pts[0][1], 0.0)
    for i in range(1, n):
        if outside(c, pts[i]):
            rebuilds += 1
            c = (pts[i][0], pts[i][1], 0.0)
            for j in range(i):
                if outside(c, pts[j]):
                    c = _circle2(*pts[i], *pts[j])
                    for k in range(j):
                        if outside(c, pts[k]):
                            c = _circle3(*pts[i], *pts[j], *pts[k])
    return (c[0], c[1], math.sqrt(c[2]), rebuilds)
