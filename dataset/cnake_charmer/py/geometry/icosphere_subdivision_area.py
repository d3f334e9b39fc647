"""Icosphere construction by repeated midpoint subdivision.

Starting from a regular icosahedron, every triangle is split into four using edge
midpoints (shared through a cache keyed by the vertex pair) that are pushed out to the
unit sphere. Returns vertex and face counts, the total surface area (which approaches
4*pi) and the smallest and largest triangle areas.

Keywords: geometry, icosphere, subdivision, mesh, midpoint cache, sphere tessellation
"""

import math
from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(6,), cases=[(0,), (1,), (2,), (-1,)])
def icosphere_subdivision_area(levels: int) -> Tuple[int, int, float, float, float]:
    """Subdivide an icosahedron `levels` times and measure the mesh."""
    t = (1.0 + math.sqrt(5.0)) / 2.0
    raw = [(-1, t, 0), (1, t, 0), (-1, -t, 0), (1, -t, 0), (0, -1, t), (0, 1, t),
           (0, -1, -t), (0, 1, -t), (t, 0, -1), (t, 0, 1), (-t, 0, -1), (-t, 0, 1)]
    verts: List[Tuple[float, float, float]] = []
    for x, y, z in raw:
        n = math.sqrt(x * x + y * y + z * z)
        verts.append((x / n, y / n, z / n))
    faces = [(0, 11, 5), (0, 5, 1), (0, 1, 7), (0, 7, 10), (0, 10, 11), (1, 5, 9), (5, 11, 4),
             (11, 10, 2), (10, 7, 6), (7, 1, 8), (3, 9, 4), (3, 4, 2), (3, 2, 6), (3, 6, 8),
             (3, 8, 9), (4, 9, 5), (2, 4, 11), (6, 2, 10), (8, 6, 7), (9, 8, 1)]
    for _ in range(max(levels, 0)):
        cache: Dict[Tuple[int, int], int] = {}

        def midpoint(a: int, b: int) -> int:
            key = (min(a, b), max(a, b))
            if key not in cache:
                ax, ay, az = verts[a]
                bx, by, bz = verts[b]
                mx, my, mz = (ax + bx) / 2, (ay + by) / 2, (az + bz) / 2
                n = math.sqrt(mx * mx + my * my + mz * mz)
                verts.append((mx / n, my / n, mz / n))
                cache[key] = len(verts) - 1
            return cache[key]

        new_faces = []
        for a, b, c in faces:
            ab, bc, ca = midpoint(a, b), midpoint(b, c), midpoint(c, a)
            new_faces += [(a, ab, ca), (b, bc, ab), (c, ca, bc), (ab, bc, ca)]
        faces = new_faces
    total = 0.0
    smallest, largest = math.inf, 0.0
    for a, b, c in faces:
        ax, ay, az = verts[a]
        ux, uy, uz = verts[b][0] - ax, verts[b][1] - ay, verts[b][2] - az
        vx, vy, vz = verts[c][0] - ax, verts[c][1] - ay, verts[c][2] - az
        cx, cy, cz = uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx
        area = 0.5 * math.sqrt(cx * cx + cy * cy + cz * cz)
        total += area
        smallest = min(smallest, area)
        largest = max(largest, area)
    return (len(verts), len(faces), total, smallest, largest)
