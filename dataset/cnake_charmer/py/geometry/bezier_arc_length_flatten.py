"""Arc length of cubic Bezier curves by recursive adaptive flattening.

Each seeded cubic Bezier is split with de Casteljau's construction until its control
polygon is within a flatness tolerance of its chord, and the chord lengths of the
leaves are summed. Returns the total length, the number of leaf segments and the
length of the first curve.

Keywords: geometry, bezier curve, de casteljau, adaptive subdivision, arc length
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _length(p: List[float], tol: float, depth: int, counter: List[int]) -> float:
    x0, y0, x1, y1, x2, y2, x3, y3 = p
    chord = math.hypot(x3 - x0, y3 - y0)
    poly = math.hypot(x1 - x0, y1 - y0) + math.hypot(x2 - x1, y2 - y1) + math.hypot(x3 - x2, y3 - y2)
    if poly - chord <= tol or depth >= 18:
        counter[0] += 1
        return (chord + poly) / 2
    ax, ay = (x0 + x1) / 2, (y0 + y1) / 2
    bx, by = (x1 + x2) / 2, (y1 + y2) / 2
    cx, cy = (x2 + x3) / 2, (y2 + y3) / 2
    dx, dy = (ax + bx) / 2, (ay + by) / 2
    ex, ey = (bx + cx) / 2, (by + cy) / 2
    mx, my = (dx + ex) / 2, (dy + ey) / 2
    return (_length([x0, y0, ax, ay, dx, dy, mx, my], tol, depth + 1, counter)
            + _length([mx, my, ex, ey, cx, cy, x3, y3], tol, depth + 1, counter))


@python_benchmark(args=(180, 1e-6, 5), cases=[(0, 0.01, 1), (1, 0.01, 2), (3, 1.0, 3), (10, 1e-4, 4)])
def bezier_arc_length_flatten(curves: int, tol: float, seed: int) -> Tuple[float, int, float]:
    """Sum the arc lengths of `curves` seeded cubic Beziers."""
    state = seed & 0x7FFFFFFF
    total = 0.0
    first = 0.0
    counter = [0]
    for c in range(curves):
        pts = []
        for _ in range(8):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            pts.append((state % 20000) / 100.0)
        length = _length(pts, tol, 0, counter)
        total += length
        if c == 0:
            first = length
    return (total, counter[0], first)
