"""Measuring the depth complexity of a triangle soup with Möller–Trumbore ray tests.

A pinhole camera shoots one ray per pixel through a seeded soup of small triangles.
Every ray is tested against every triangle with the Möller–Trumbore algorithm
(barycentric u, v and distance t from two cross products), so each pixel learns how
many surfaces it pierces, how many of them face the camera, and which one is nearest.
Returns the total hit count, front-facing hits, a depth-complexity histogram, a
checksum of the nearest-triangle buffer, the summed nearest distances and samples.

Keywords: graphics, ray tracing, moller trumbore, ray triangle intersection, depth complexity, barycentric
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _sub(a, b):
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def _cross(a, b):
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def _dot(a, b):
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _intersect(origin, direction, triangle):
    """(t, determinant) of the ray's hit with the triangle, or None when it misses."""
    v0, v1, v2 = triangle
    edge1, edge2 = _sub(v1, v0), _sub(v2, v0)
    p = _cross(direction, edge2)
    det = _dot(edge1, p)
    if abs(det) < 1e-12:
        return None
    inv = 1.0 / det
    s = _sub(origin, v0)
    u = _dot(s, p) * inv
    if u < 0.0 or u > 1.0:
        return None
    q = _cross(s, edge1)
    v = _dot(direction, q) * inv
    if v < 0.0 or u + v > 1.0:
        return None
    t = _dot(edge2, q) * inv
    return (t, det) if t > 1e-9 else None


@python_benchmark(args=(60, 60, 56, 8), cases=[(0, 5, 4, 1), (1, 1, 3, 2), (6, 6, 0, 3), (16, 12, 9, 4)])
def moller_trumbore_depth_complexity(width: int, height: int, triangles: int, seed: int) -> Tuple[int, int, List[int], int, float, List[int]]:
    """Trace width x height camera rays through `triangles` seeded triangles."""
    state = seed & 0x7FFFFFFF

    def uniform():
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 7) / 16777216.0

    soup = []
    for _ in range(triangles):
        centre = (uniform() * 3.6 - 1.8, uniform() * 3.6 - 1.8, uniform() * 3.0)
        corners = []
        for _ in range(3):
            corners.append((centre[0] + 2.0 * uniform() - 1.0, centre[1] + 2.0 * uniform() - 1.0, centre[2] + 2.0 * uniform() - 1.0))
        soup.append(tuple(corners))
    eye = (0.0, 0.0, -3.0)
    hits = front = 0
    complexity = [0] * 8
    nearest_ids = []
    nearest_total = 0.0
    for py in range(height):
        for px in range(width):
            target = (2.0 * (px + 0.5) / width - 1.0, 1.0 - 2.0 * (py + 0.5) / height, -2.0)
            direction = _sub(target, eye)
            count = 0
            best_t, best = math.inf, 0
            for index, triangle in enumerate(soup):
                hit = _intersect(eye, direction, triangle)
                if hit is None:
                    continue
                t, det = hit
                count += 1
                if det > 0:
                    front += 1
                if t < best_t:
                    best_t, best = t, index + 1
            hits += count
            complexity[min(count, 7)] += 1
            nearest_ids.append(best)
            if best:
                nearest_total += best_t
    checksum = 0
    for value in nearest_ids:
        checksum = (checksum * 977 + value) % 1000000009
    samples = nearest_ids[:: max(1, len(nearest_ids) // 9)][:9]
    return (hits, front, complexity, checksum, nearest_total, samples)
