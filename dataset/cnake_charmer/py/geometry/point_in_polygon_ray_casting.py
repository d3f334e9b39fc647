"""Point-in-polygon classification of many query points by ray casting.

A star-shaped polygon with alternating radii is generated, then each query point on a
jittered grid casts a horizontal ray and counts edge crossings (even-odd rule).
Returns the number of inside points, a checksum of their indices and the bitmap of
the first query row.

Keywords: geometry, point in polygon, ray casting, even odd rule, polygon, crossing number
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(64, 150, 60), cases=[(3, 1, 1), (5, 4, 4), (12, 10, 3), (0, 5, 5)])
def point_in_polygon_ray_casting(vertices: int, grid: int, spikes: int) -> Tuple[int, int, List[int]]:
    """Classify grid x grid points against a star polygon with the given vertex count."""
    if vertices < 3:
        return (0, 0, [])
    poly = []
    for k in range(vertices):
        ang = 2 * math.pi * k / vertices
        rad = 1.0 if k % 2 == 0 else 0.35 + 0.3 * ((k * spikes) % 7) / 7
        poly.append((rad * math.cos(ang), rad * math.sin(ang)))
    inside_count = 0
    checksum = 0
    first_row: List[int] = []
    for gy in range(grid):
        for gx in range(grid):
            px = -1.1 + 2.2 * (gx + 0.37) / grid
            py = -1.1 + 2.2 * (gy + 0.61) / grid
            inside = False
            j = vertices - 1
            for i in range(vertices):
                xi, yi = poly[i]
                xj, yj = poly[j]
                if (yi > py) != (yj > py):
                    x_cross = xi + (py - yi) * (xj - xi) / (yj - yi)
                    if px < x_cross:
                        inside = not inside
                j = i
            if inside:
                inside_count += 1
                checksum = (checksum + (gy * grid + gx + 1) ** 2) % 1000000007
            if gy == 0:
                first_row.append(int(inside))
    return (inside_count, checksum, first_row[:32])
