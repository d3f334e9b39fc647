"""Filling self-intersecting polygons scanline by scanline with the even-odd rule.

Each seeded polygon is a closed chain of random integer vertices, so its edges cross
each other. For every pixel row the edges are intersected with the line through the
pixel centres, the crossings are sorted and the spans between crossing pairs are
painted (a pixel is inside when its centre lies in [x_a, x_b)). Returns the number of
painted span pixels, the lit pixel count, a framebuffer checksum and sampled pixels.

Keywords: graphics, scanline fill, even-odd rule, polygon rasterisation, spans, framebuffer
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _row_crossings(polygon, yc):
    """Sorted x positions where the polygon's edges cross the horizontal line y = yc."""
    xs = []
    for i, (x0, y0) in enumerate(polygon):
        x1, y1 = polygon[(i + 1) % len(polygon)]
        if y0 <= yc < y1 or y1 <= yc < y0:
            xs.append(x0 + (yc - y0) * (x1 - x0) / (y1 - y0))
    xs.sort()
    return xs


@python_benchmark(args=(420, 260, 13, 77), cases=[(0, 3, 5, 1), (1, 2, 4, 2), (16, 4, 2, 3), (48, 9, 7, 4)])
def scanline_polygon_even_odd(size: int, polygons: int, vertices: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Paint `polygons` seeded polygons with `vertices` corners into a size x size image."""
    frame = [[0] * size for _ in range(size)]
    state = seed & 0x7FFFFFFF

    def rand(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    span_pixels = 0
    for p in range(polygons if size > 0 else 0):
        cx, cy = rand(size), rand(size)
        reach = rand(size // 3 + 1) + 1
        polygon = [(cx + rand(2 * reach + 1) - reach, cy + rand(2 * reach + 1) - reach) for _ in range(vertices)]
        colour = p % 200 + 1
        top = max(0, min(y for _, y in polygon))
        bottom = min(size - 1, max(y for _, y in polygon))
        for y in range(top, bottom + 1):
            xs = _row_crossings(polygon, y + 0.5)
            row = frame[y]
            for xa, xb in zip(xs[0::2], xs[1::2]):
                start = max(0, math.ceil(xa - 0.5))
                end = min(size, math.ceil(xb - 0.5))
                if start < end:
                    row[start:end] = [colour] * (end - start)
                    span_pixels += end - start
    lit = sum(1 for row in frame for v in row if v)
    checksum = 0
    for row in frame:
        for v in row:
            checksum = (checksum * 131 + v) & 0xFFFFFFFFFFFF
    samples = [frame[(k * 37) % size][(k * 53 + 11) % size] for k in range(10)] if size else []
    return (span_pixels, lit, checksum, samples)
