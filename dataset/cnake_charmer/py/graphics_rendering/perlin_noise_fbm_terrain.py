"""Generating terrain from seeded 2-D Perlin gradient noise summed as fractal Brownian motion.

A permutation table is shuffled with a seeded Fisher–Yates pass; gradient noise hashes
each lattice corner to one of eight gradients, smooths the cell coordinates with the
quintic fade curve and blends the four corner contributions bilinearly. Several
octaves (doubling frequency, halving amplitude) make the height of every grid cell,
which is then classified into water, sand, grass, rock and snow. Returns the class
counts, the height range, a checksum of heights in thousandths and sampled heights.

Keywords: graphics, perlin noise, gradient noise, fbm, procedural terrain, permutation table
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

GRADIENTS = ((1, 1), (-1, 1), (1, -1), (-1, -1), (1, 0), (-1, 0), (0, 1), (0, -1))
LEVELS = (-0.1, 0.0, 0.25, 0.45)


def _fade(t):
    return t * t * t * (t * (t * 6.0 - 15.0) + 10.0)


def _lerp(a, b, t):
    return a + t * (b - a)


def _grad(hashed, x, y):
    gx, gy = GRADIENTS[hashed & 7]
    return gx * x + gy * y


def _noise(perm, x, y):
    xi, yi = math.floor(x), math.floor(y)
    xf, yf = x - xi, y - yi
    xi, yi = xi & 255, yi & 255
    u, v = _fade(xf), _fade(yf)
    aa, ab = perm[perm[xi] + yi], perm[perm[xi] + yi + 1]
    ba, bb = perm[perm[xi + 1] + yi], perm[perm[xi + 1] + yi + 1]
    bottom = _lerp(_grad(aa, xf, yf), _grad(ba, xf - 1.0, yf), u)
    top = _lerp(_grad(ab, xf, yf - 1.0), _grad(bb, xf - 1.0, yf - 1.0), u)
    return _lerp(bottom, top, v)


@python_benchmark(args=(160, 160, 5, 0.035, 13), cases=[(0, 0, 3, 0.1, 1), (1, 1, 1, 0.5, 2), (8, 5, 0, 0.2, 3), (20, 12, 3, 0.13, 4)])
def perlin_noise_fbm_terrain(width: int, height: int, octaves: int, frequency: float, seed: int) -> Tuple[List[int], float, float, int, List[int]]:
    """Sample `octaves` of Perlin noise over a width x height grid and classify it."""
    state = seed & 0x7FFFFFFF
    perm = list(range(256))
    for i in range(255, 0, -1):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        j = (state >> 16) % (i + 1)
        perm[i], perm[j] = perm[j], perm[i]
    perm += perm
    classes = [0] * (len(LEVELS) + 1)
    lowest, highest = math.inf, -math.inf
    checksum = 0
    heights = []
    for y in range(height):
        for x in range(width):
            total = 0.0
            amplitude = 1.0
            scale = frequency
            for _ in range(octaves):
                total += amplitude * _noise(perm, x * scale + 0.31, y * scale + 0.67)
                amplitude *= 0.5
                scale *= 2.0
            band = 0
            while band < len(LEVELS) and total >= LEVELS[band]:
                band += 1
            classes[band] += 1
            lowest, highest = min(lowest, total), max(highest, total)
            milli = int(total * 1000.0)
            heights.append(milli)
            checksum = (checksum * 1031 + milli + 5000) % 1000000007
    samples = heights[:: max(1, len(heights) // 10)][:10]
    if not heights:
        lowest = highest = 0.0
    return (classes, lowest, highest, checksum, samples)
