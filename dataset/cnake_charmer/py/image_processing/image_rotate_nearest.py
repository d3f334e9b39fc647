"""Rotation of a synthetic image about its centre with nearest-neighbour sampling.

Each destination pixel is mapped back through the inverse rotation to the source image
and takes the nearest source pixel (or 0 outside). Returns how many pixels land
inside the source, a checksum of the rotated image and a sampled diagonal.

Keywords: image processing, rotation, affine transform, nearest neighbour, resampling
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(300, 240, 33.0), cases=[(0, 0, 10.0), (1, 1, 45.0), (6, 4, 90.0), (9, 9, -30.0), (5, 7, 0.0)])
def image_rotate_nearest(width: int, height: int, degrees: float) -> Tuple[int, int, List[int]]:
    """Rotate a synthetic image by the given angle (nearest neighbour)."""
    src = [[(x // 10 * 31 + y // 10 * 17) % 256 for x in range(width)] for y in range(height)]
    theta = math.radians(degrees)
    c, s = math.cos(theta), math.sin(theta)
    cx, cy = (width - 1) / 2.0, (height - 1) / 2.0
    inside = 0
    checksum = 0
    diag: List[int] = []
    for y in range(height):
        for x in range(width):
            dx, dy = x - cx, y - cy
            sx = int(math.floor(c * dx + s * dy + cx + 0.5))
            sy = int(math.floor(-s * dx + c * dy + cy + 0.5))
            if 0 <= sx < width and 0 <= sy < height:
                v = src[sy][sx]
                inside += 1
            else:
                v = 0
            checksum = (checksum * 263 + v) % 4294967291
            if x == y and len(diag) < 12:
                diag.append(v)
    return (inside, checksum, diag)
