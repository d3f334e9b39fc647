"""Shading a seeded Gaussian-bump height field with the Blinn–Phong reflection model.

The terrain is a sum of seeded Gaussian bumps sampled on a square grid. Surface
normals come from central differences (one-sided at the borders); each cell is lit by
a directional light with an ambient term, a Lambert diffuse term scaled by a
height-dependent albedo and a Blinn–Phong specular lobe (half vector between light
and viewer raised to the shininess). Returns a 16-bin brightness histogram, an image
checksum, the brightest cell, the highlight count and the mean height.

Keywords: graphics, blinn phong, shading, height field, surface normals, specular highlight
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _normalise(v):
    length = math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2])
    return (v[0] / length, v[1] / length, v[2] / length)


def _dot(a, b):
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


@python_benchmark(args=(200, 14, 40, 8), cases=[(0, 3, 8, 1), (1, 2, 16, 2), (2, 0, 4, 3), (20, 4, 1, 4)])
def blinn_phong_heightfield(size: int, bumps: int, shininess: int, seed: int) -> Tuple[List[int], int, Tuple[int, int], int, float]:
    """Shade a size x size height field made of `bumps` seeded Gaussians."""
    state = seed & 0x7FFFFFFF

    def uniform():
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 8) / 8388608.0

    hills = []
    for _ in range(bumps):
        hills.append((uniform() * size, uniform() * size, 4.0 + uniform() * 20.0, 2.0 + uniform() * size / 6.0))
    height = [[0.0] * size for _ in range(size)]
    for y in range(size):
        for x in range(size):
            h = 0.0
            for bx, by, amplitude, spread in hills:
                ddx, ddy = x - bx, y - by
                h += amplitude * math.exp(-(ddx * ddx + ddy * ddy) / (2.0 * spread * spread))
            height[y][x] = h
    light = _normalise((-0.5, 0.6, 0.65))
    half = _normalise((light[0], light[1], light[2] + 1.0))
    histogram = [0] * 16
    checksum = 0
    brightest, brightest_at = -1, (-1, -1)
    highlights = 0
    total_height = 0.0
    for y in range(size):
        for x in range(size):
            left, right = max(x - 1, 0), min(x + 1, size - 1)
            up, down = max(y - 1, 0), min(y + 1, size - 1)
            slope_x = (height[y][right] - height[y][left]) / max(right - left, 1)
            slope_y = (height[down][x] - height[up][x]) / max(down - up, 1)
            normal = _normalise((-slope_x, -slope_y, 1.0))
            diffuse = max(0.0, _dot(normal, light))
            specular = max(0.0, _dot(normal, half)) ** shininess
            albedo = 0.45 + 0.5 * min(1.0, height[y][x] / 30.0)
            colour = albedo * (0.1 + 0.75 * diffuse) + 0.5 * specular
            value = int(min(1.0, colour) * 255.0)
            histogram[value // 16] += 1
            checksum = (checksum * 337 + value) % 2147483629
            if value > brightest:
                brightest, brightest_at = value, (x, y)
            if specular > 0.5:
                highlights += 1
            total_height += height[y][x]
    mean_height = total_height / (size * size) if size else 0.0
    return (histogram, checksum, brightest_at, highlights, mean_height)
