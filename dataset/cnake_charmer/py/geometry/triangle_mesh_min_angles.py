"""Angle quality statistics of a jittered triangle mesh.

A regular grid of vertices is jittered with a seeded generator and every cell is split
into two triangles along alternating diagonals. Each triangle's three angles come from
the law of cosines; returns the global minimum angle (degrees), a 9-bin histogram of
per-triangle minimum angles (10-degree bins) and the mean minimum angle.

Keywords: geometry, mesh quality, triangle angles, law of cosines, jittered grid
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _min_angle(ax: float, ay: float, bx: float, by: float, cx: float, cy: float) -> float:
    a2 = (bx - cx) ** 2 + (by - cy) ** 2
    b2 = (ax - cx) ** 2 + (ay - cy) ** 2
    c2 = (ax - bx) ** 2 + (ay - by) ** 2
    a, b, c = math.sqrt(a2), math.sqrt(b2), math.sqrt(c2)
    angles = []
    for opp2, s1, s2 in ((a2, b, c), (b2, a, c), (c2, a, b)):
        cosv = (s1 * s1 + s2 * s2 - opp2) / (2 * s1 * s2)
        angles.append(math.degrees(math.acos(max(-1.0, min(1.0, cosv)))))
    return min(angles)


@python_benchmark(args=(100, 90, 0.35, 3), cases=[(1, 1, 0.2, 1), (2, 2, 0.0, 2), (5, 3, 0.3, 3), (8, 8, 0.45, 4)])
def triangle_mesh_min_angles(cols: int, rows: int, jitter: float, seed: int) -> Tuple[float, List[int], float]:
    """Triangulate a jittered cols x rows grid and report minimum-angle statistics."""
    state = seed & 0x7FFFFFFF
    vx, vy = [], []
    for j in range(rows + 1):
        for i in range(cols + 1):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            ox = ((state >> 8) % 2001 - 1000) / 1000.0 * jitter
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            oy = ((state >> 8) % 2001 - 1000) / 1000.0 * jitter
            vx.append(i + ox)
            vy.append(j + oy)
    hist = [0] * 9
    worst = 180.0
    total = 0.0
    count = 0
    w = cols + 1
    for j in range(rows):
        for i in range(cols):
            p00, p10, p01, p11 = j * w + i, j * w + i + 1, (j + 1) * w + i, (j + 1) * w + i + 1
            if (i + j) % 2 == 0:
                tris = ((p00, p10, p11), (p00, p11, p01))
            else:
                tris = ((p00, p10, p01), (p10, p11, p01))
            for a, b, c in tris:
                m = _min_angle(vx[a], vy[a], vx[b], vy[b], vx[c], vy[c])
                worst = min(worst, m)
                hist[min(int(m // 10), 8)] += 1
                total += m
                count += 1
    return (worst, hist, total / count if count else 0.0)
