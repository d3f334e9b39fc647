"""Casting a grid of rays against a field of spheres.

A pinhole camera shoots one ray per pixel; each ray is tested against every sphere by
solving the quadratic for the nearest positive hit. Returns the number of rays that
hit, the sum of hit distances, a hit-count per sphere for the first spheres and the
sphere seen at the image centre.

Keywords: geometry, ray tracing, ray sphere intersection, quadratic, camera rays
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(120, 90, 20, 4), cases=[(1, 1, 1, 1), (4, 3, 0, 2), (8, 8, 3, 3), (16, 2, 5, 4)])
def ray_sphere_intersection(width: int, height: int, spheres: int, seed: int) -> Tuple[int, float, List[int], int]:
    """Render hit statistics of a seeded sphere field."""
    state = seed & 0x7FFFFFFF
    scene = []
    for _ in range(spheres):
        vals = []
        for _ in range(4):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            vals.append((state % 10000) / 10000.0)
        scene.append((vals[0] * 8 - 4, vals[1] * 6 - 3, 6 + vals[2] * 10, 0.4 + vals[3] * 1.2))
    hits = 0
    total = 0.0
    per_sphere = [0] * spheres
    centre = -1
    for py in range(height):
        for px in range(width):
            dx = (px + 0.5) / width * 2 - 1
            dy = (py + 0.5) / height * 2 - 1
            norm = math.sqrt(dx * dx + dy * dy + 1.0)
            dx, dy, dz = dx / norm, dy / norm, 1.0 / norm
            best_t, best_k = math.inf, -1
            for k, (cx, cy, cz, r) in enumerate(scene):
                b = dx * cx + dy * cy + dz * cz
                c = cx * cx + cy * cy + cz * cz - r * r
                disc = b * b - c
                if disc < 0:
                    continue
                root = math.sqrt(disc)
                t = b - root
                if t <= 1e-9:
                    t = b + root
                if 1e-9 < t < best_t:
                    best_t, best_k = t, k
            if best_k >= 0:
                hits += 1
                total += best_t
                per_sphere[best_k] += 1
            if py == height // 2 and px == width // 2:
                centre = best_k
    return (hits, total, per_sphere[:6], centre)
