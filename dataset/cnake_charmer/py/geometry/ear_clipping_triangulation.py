"""Ear-clipping triangulation of a seeded star-shaped polygon.

Vertices sit at evenly spaced angles with seeded radii (integer coordinates, counter-
clockwise). An ear is a strictly convex vertex whose triangle contains no other
remaining vertex; ears are clipped until one triangle is left. Returns the number of
triangles, twice the total area, twice the smallest triangle area and the first ears.

Keywords: geometry, triangulation, ear clipping, polygon, cross product, point in triangle
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(500, 6), cases=[(3, 1), (4, 2), (5, 3), (12, 4), (2, 5)])
def ear_clipping_triangulation(n: int, seed: int) -> Tuple[int, int, int, List[Tuple[int, int, int]]]:
    """Triangulate an n-vertex seeded star polygon by ear clipping."""
    if n < 3:
        return (0, 0, 0, [])
    state = seed & 0x7FFFFFFF
    xs, ys = [], []
    for k in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r = 500 + state % 500
        ang = 2 * math.pi * k / n
        xs.append(int(math.floor(r * math.cos(ang))))
        ys.append(int(math.floor(r * math.sin(ang))))

    def cross(a: int, b: int, c: int) -> int:
        return (xs[b] - xs[a]) * (ys[c] - ys[a]) - (ys[b] - ys[a]) * (xs[c] - xs[a])

    def in_triangle(p: int, a: int, b: int, c: int) -> bool:
        return cross(a, b, p) >= 0 and cross(b, c, p) >= 0 and cross(c, a, p) >= 0

    idx = list(range(n))
    tris: List[Tuple[int, int, int]] = []
    while len(idx) > 3:
        m = len(idx)
        for k in range(m):
            a, b, c = idx[k - 1], idx[k], idx[(k + 1) % m]
            if cross(a, b, c) <= 0:
                continue
            if any(in_triangle(p, a, b, c) for p in idx if p != a and p != b and p != c):
                continue
            tris.append((a, b, c))
            del idx[k]
            break
        else:
            tris.append((idx[-1], idx[0], idx[1]))
            del idx[0]
    tris.append((idx[0], idx[1], idx[2]))
    areas = [cross(a, b, c) for a, b, c in tris]
    return (len(tris), sum(areas), min(areas), tris[:5])
