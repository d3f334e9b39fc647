"""Bilinear resampling of a synthetic image to a new size.

Each output pixel maps back to a fractional source position (pixel-centre
convention), and its value is interpolated from the four surrounding source pixels.
Outputs are rounded to integers; returns a checksum, the mean and a sampled row.

Keywords: image processing, resize, bilinear interpolation, resampling, scaling
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(150, 120, 330, 270), cases=[(0, 0, 3, 3), (1, 1, 4, 4), (4, 4, 2, 2), (5, 3, 9, 7), (8, 8, 0, 5)])
def bilinear_image_resize(src_w: int, src_h: int, dst_w: int, dst_h: int) -> Tuple[int, float, List[int]]:
    """Resize a synthetic src_w x src_h image to dst_w x dst_h bilinearly."""
    if src_w <= 0 or src_h <= 0 or dst_w <= 0 or dst_h <= 0:
        return (0, 0.0, [])
    src = [[(x * 13 + y * 7 + (x ^ y) * 3) % 256 for x in range(src_w)] for y in range(src_h)]
    sx, sy = src_w / dst_w, src_h / dst_h
    checksum = 0
    total = 0
    mid_row: List[int] = []
    for j in range(dst_h):
        fy = min(max((j + 0.5) * sy - 0.5, 0.0), src_h - 1.0)
        y0 = int(math.floor(fy))
        y1 = min(y0 + 1, src_h - 1)
        ty = fy - y0
        for i in range(dst_w):
            fx = min(max((i + 0.5) * sx - 0.5, 0.0), src_w - 1.0)
            x0 = int(math.floor(fx))
            x1 = min(x0 + 1, src_w - 1)
            tx = fx - x0
            top = src[y0][x0] * (1 - tx) + src[y0][x1] * tx
            bot = src[y1][x0] * (1 - tx) + src[y1][x1] * tx
            v = int(math.floor(top * (1 - ty) + bot * ty + 0.5))
            checksum = (checksum * 257 + v) % 2147483647
            total += v
            if j == dst_h // 2:
                mid_row.append(v)
    return (checksum, total / (dst_w * dst_h), mid_row[:16])
