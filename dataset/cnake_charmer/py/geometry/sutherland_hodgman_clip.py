"""Sutherland-Hodgman clipping of many seeded polygons against a window.

Each random star polygon is clipped successively against the four half-planes of an
axis-aligned window; the clipped polygon's area (shoelace) and vertex count are
accumulated. Returns the total clipped area, the total vertex count, how many
polygons vanished and the first clipped polygon's area.

Keywords: geometry, polygon clipping, sutherland hodgman, half plane, shoelace area
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

Poly = List[Tuple[float, float]]


def _clip(poly: Poly, axis: int, bound: float, keep_below: bool) -> Poly:
    def inside(p: Tuple[float, float]) -> bool:
        return p[axis] <= bound if keep_below else p[axis] >= bound

    out: Poly = []
    for i, cur in enumerate(poly):
        prev = poly[i - 1]
        if inside(cur):
            if not inside(prev):
                t = (bound - prev[axis]) / (cur[axis] - prev[axis])
                out.append((prev[0] + t * (cur[0] - prev[0]), prev[1] + t * (cur[1] - prev[1])))
            out.append(cur)
        elif inside(prev):
            t = (bound - prev[axis]) / (cur[axis] - prev[axis])
            out.append((prev[0] + t * (cur[0] - prev[0]), prev[1] + t * (cur[1] - prev[1])))
    return out


@python_benchmark(args=(6000, 12, 3), cases=[(0, 5, 1), (1, 3, 2), (5, 8, 3), (20, 4, 4)])
def sutherland_hodgman_clip(count: int, sides: int, seed: int) -> Tuple[float, int, int, float]:
    """Clip `count` seeded star polygons to the window [0, 10] x [0, 6]."""
    state = seed & 0x7FFFFFFF
    total_area = 0.0
    total_vertices = 0
    vanished = 0
    first_area = 0.0
    for c in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        cx = (state % 1400) / 100.0 - 2.0
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        cy = (state % 1000) / 100.0 - 2.0
        poly: Poly = []
        for k in range(sides):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            r = 0.5 + (state % 300) / 100.0
            ang = 2 * math.pi * k / sides
            poly.append((cx + r * math.cos(ang), cy + r * math.sin(ang)))
        for axis, bound, below in ((0, 0.0, False), (0, 10.0, True), (1, 0.0, False), (1, 6.0, True)):
            if not poly:
                break
            poly = _clip(poly, axis, bound, below)
        area = 0.0
        for i in range(len(poly)):
            x1, y1 = poly[i - 1]
            x2, y2 = poly[i]
            area += x1 * y2 - x2 * y1
        area = abs(area) / 2
        if not poly:
            vanished += 1
        total_area += area
        total_vertices += len(poly)
        if c == 0:
            first_area = area
    return (total_area, total_vertices, vanished, first_area)
