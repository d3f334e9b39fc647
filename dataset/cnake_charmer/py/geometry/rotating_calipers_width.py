"""Diameter and minimum width of a convex polygon by rotating calipers.

A convex polygon is built directly from seeded, sorted angles on an ellipse. For
every edge the antipodal vertex is advanced monotonically (rotating calipers), giving
the width perpendicular to that edge and candidate farthest pairs. Returns the
squared diameter, its vertex pair, the minimum width and the edge achieving it.

Keywords: geometry, rotating calipers, convex polygon, diameter, minimum width, antipodal
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(30000, 7), cases=[(3, 1), (4, 2), (7, 3), (50, 4)])
def rotating_calipers_width(n: int, seed: int) -> Tuple[float, Tuple[int, int], float, int]:
    """Return (diameter^2, pair, min width, edge) of an n-gon inscribed in an ellipse."""
    state = seed & 0x7FFFFFFF
    angles = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        angles.append(state / 2147483648.0 * 2 * math.pi)
    angles = sorted(set(angles))
    xs = [3.0 * math.cos(a) for a in angles]
    ys = [1.7 * math.sin(a) for a in angles]
    m = len(xs)
    if m < 3:
        return (0.0, (0, 0), 0.0, -1)

    def area2(i: int, j: int, k: int) -> float:
        return abs((xs[j] - xs[i]) * (ys[k] - ys[i]) - (ys[j] - ys[i]) * (xs[k] - xs[i]))

    best_d2, pair = 0.0, (0, 0)
    best_w, best_edge = math.inf, -1
    j = 1
    for i in range(m):
        ni = (i + 1) % m
        while area2(i, ni, (j + 1) % m) > area2(i, ni, j):
            j = (j + 1) % m
        for a, b in ((i, j), (ni, j)):
            d2 = (xs[a] - xs[b]) ** 2 + (ys[a] - ys[b]) ** 2
            if d2 > best_d2:
                best_d2, pair = d2, (min(a, b), max(a, b))
        edge_len = math.hypot(xs[ni] - xs[i], ys[ni] - ys[i])
        width = area2(i, ni, j) / edge_len
        if width < best_w:
            best_w, best_edge = width, i
    return (best_d2, pair, best_w, best_edge)
