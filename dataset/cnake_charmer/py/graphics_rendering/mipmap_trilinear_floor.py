"""Texturing a perspective ground plane with a mipmap chain and trilinear filtering.

A seeded checker-plus-noise texture is reduced into a mipmap pyramid by 2x2 integer box
averages. Every screen pixel below the horizon is back-projected onto the ground
plane; the pixel's texture footprint (the larger of the horizontal and vertical texel
derivatives) picks a fractional level of detail, and the colour is blended between
bilinear (wrap-around) samples of the two nearest levels. Returns per-level pixel
counts, an image checksum, the mean grey, the sky pixel count and sampled pixels.

Keywords: graphics, texture mapping, mipmap, trilinear filtering, bilinear interpolation, level of detail
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _bilinear(level, s, t):
    """Sample a square texture at texel coordinates (s, t) with wrap-around addressing."""
    n = len(level)
    x, y = s - 0.5, t - 0.5
    x0, y0 = math.floor(x), math.floor(y)
    fx, fy = x - x0, y - y0
    ax, bx = x0 % n, (x0 + 1) % n
    ay, by = y0 % n, (y0 + 1) % n
    top = level[ay][ax] + (level[ay][bx] - level[ay][ax]) * fx
    bottom = level[by][ax] + (level[by][bx] - level[by][ax]) * fx
    return top + (bottom - top) * fy


def _build_mipmaps(texture):
    chain = [texture]
    while len(chain[-1]) > 1:
        prev = chain[-1]
        half = len(prev) // 2
        chain.append([[(prev[2 * y][2 * x] + prev[2 * y][2 * x + 1] + prev[2 * y + 1][2 * x] + prev[2 * y + 1][2 * x + 1]) // 4
                       for x in range(half)] for y in range(half)])
    return chain


@python_benchmark(args=(400, 300, 7, 21), cases=[(0, 0, 3, 1), (1, 1, 0, 2), (16, 12, 2, 3), (40, 30, 4, 4)])
def mipmap_trilinear_floor(width: int, height: int, log_size: int, seed: int) -> Tuple[List[int], int, int, int, List[int]]:
    """Render a width x height view of a floor textured with a 2**log_size texture."""
    n = 1 << log_size
    state = seed & 0x7FFFFFFF

    def rand(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    cell = max(1, n // 8)
    texture = [[40 + 160 * ((x // cell + y // cell) % 2) + rand(48) for x in range(n)] for y in range(n)]
    chain = _build_mipmaps(texture)
    top_level = len(chain) - 1
    horizon = height // 3
    focal = width / 2.0
    camera_height = 1.5
    scale = n / 4.0
    per_level = [0] * (top_level + 1)
    checksum = 0
    total = 0
    sky = 0
    image = []
    for py in range(height):
        for px in range(width):
            if py <= horizon:
                sky += 1
                image.append(0)
                checksum = (checksum * 7 + 1) % 1000000007
                continue
            depth = camera_height * focal / (py - horizon)
            s = ((px + 0.5 - width / 2.0) * depth / focal + 0.37) * scale
            t = (depth + 2.0) * scale
            footprint = max(depth / focal, depth * depth / (camera_height * focal)) * scale
            lod = min(max(math.log2(footprint), 0.0), float(top_level))
            base = math.floor(lod)
            frac = lod - base
            near = _bilinear(chain[base], s / (1 << base), t / (1 << base))
            if base < top_level:
                far = _bilinear(chain[base + 1], s / (1 << (base + 1)), t / (1 << (base + 1)))
                near += (far - near) * frac
            grey = int(near + 0.5)
            per_level[base] += 1
            total += grey
            image.append(grey)
            checksum = (checksum * 263 + grey) % 1000000007
    floor_pixels = width * height - sky
    mean = total // floor_pixels if floor_pixels else 0
    samples = image[:: max(1, len(image) // 12)][:12]
    return (per_level, checksum, mean, sky, samples)
