"""Ray casting a seeded voxel volume with Amanatides–Woo grid traversal.

A cubic occupancy grid is filled with seeded solid balls plus sparse noise voxels.
Camera rays are clipped to the volume's bounding box (slab test) and then walked
voxel by voxel with the Amanatides–Woo 3-D DDA: the next voxel is always across the
nearest of the three axis boundaries, so no voxel on the ray is skipped. Returns the
hit count, total voxels visited, a histogram of the face axis through which each hit
voxel was entered, the summed hit distances, a checksum of hit voxel indices and a
few sampled hits.

Keywords: graphics, voxels, ray casting, amanatides woo, 3d dda, grid traversal, slab test
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _enter_box(origin, direction, n):
    """Parametric interval where the ray is inside [0, n]^3, or None."""
    t_near, t_far = -math.inf, math.inf
    for o, d in zip(origin, direction):
        if d == 0.0:
            if o < 0.0 or o > n:
                return None
            continue
        t0, t1 = (0.0 - o) / d, (n - o) / d
        t_near = max(t_near, min(t0, t1))
        t_far = min(t_far, max(t0, t1))
    if t_far < max(t_near, 0.0):
        return None
    return max(t_near, 0.0), t_far


def _trace(grid, n, origin, direction):
    """(voxel index or -1, entry axis, voxels visited, hit distance)."""
    span = _enter_box(origin, direction, n)
    if span is None:
        return -1, -1, 0, 0.0
    t = span[0]
    cell, step, t_max, t_delta = [], [], [], []
    for o, d in zip(origin, direction):
        c = min(max(math.floor(o + d * t), 0), n - 1)
        cell.append(c)
        if d > 0.0:
            step.append(1)
            t_max.append((c + 1 - o) / d)
            t_delta.append(1.0 / d)
        elif d < 0.0:
            step.append(-1)
            t_max.append((c - o) / d)
            t_delta.append(-1.0 / d)
        else:
            step.append(0)
            t_max.append(math.inf)
            t_delta.append(math.inf)
    axis = -1
    visited = 0
    while True:
        visited += 1
        x, y, z = cell
        if grid[z][y][x]:
            return (z * n + y) * n + x, axis, visited, t
        if t_max[0] < t_max[1] and t_max[0] < t_max[2]:
            axis = 0
        elif t_max[1] < t_max[2]:
            axis = 1
        else:
            axis = 2
        t = t_max[axis]
        cell[axis] += step[axis]
        if not 0 <= cell[axis] < n:
            return -1, -1, visited, 0.0
        t_max[axis] += t_delta[axis]


@python_benchmark(args=(100, 48, 14, 3), cases=[(0, 8, 2, 1), (1, 1, 1, 2), (5, 4, 0, 3), (12, 10, 3, 4)])
def voxel_dda_ray_traversal(pixels: int, n: int, balls: int, seed: int) -> Tuple[int, int, List[int], float, int, List[int]]:
    """Cast pixels x pixels rays into an n^3 volume holding `balls` seeded spheres."""
    state = seed & 0x7FFFFFFF

    def rand(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    grid = [[[False] * n for _ in range(n)] for _ in range(n)]
    spheres = [(rand(n), rand(n), rand(n), rand(n // 4 + 1) + 1) for _ in range(balls)]
    for z in range(n):
        for y in range(n):
            for x in range(n):
                solid = rand(500) == 0
                for cx, cy, cz, r in spheres:
                    if (x - cx) ** 2 + (y - cy) ** 2 + (z - cz) ** 2 <= r * r:
                        solid = True
                        break
                grid[z][y][x] = solid
    origin = (n * 0.5 + 0.31, n * 0.55 + 0.17, -0.9 * n)
    hits = visited_total = 0
    faces = [0, 0, 0, 0]
    distance = 0.0
    checksum = 0
    hit_ids = []
    for py in range(pixels):
        for px in range(pixels):
            u = (px + 0.5) / pixels - 0.5
            v = (py + 0.5) / pixels - 0.5
            direction = (u * 1.3, v * 1.3 - 0.05, 1.0)
            index, axis, visited, t = _trace(grid, n, origin, direction)
            visited_total += visited
            hit_ids.append(index)
            if index >= 0:
                hits += 1
                faces[axis + 1] += 1
                distance += t
            checksum = (checksum * 1000003 + index + 1) % 2147483647
    samples = hit_ids[:: max(1, len(hit_ids) // 8)][:8]
    return (hits, visited_total, faces, distance, checksum, samples)
