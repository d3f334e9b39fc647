"""Rendering a 2-D signed distance field of blended circles, boxes and capsules.

Seeded primitives each have an exact signed distance function; the scene distance is
their smooth union (a polynomial smooth minimum that rounds the joints). Every pixel
centre is evaluated, shaded with an antialiased edge (coverage = clamp(0.5 - d)) and
classified as inside, on the outline band or outside. Returns the inside and outline
counts, a checksum of the 8-bit coverage image, the deepest interior distance with
its pixel, and sampled coverage values.

Keywords: graphics, signed distance field, sdf, smooth minimum, antialiasing, implicit shapes
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _length(x, y):
    return math.sqrt(x * x + y * y)


def _distance(shape, px, py):
    kind, cx, cy, a, b, c = shape
    x, y = px - cx, py - cy
    if kind == "circle":
        return _length(x, y) - a
    if kind == "box":
        qx, qy = abs(x) - a, abs(y) - b
        return _length(max(qx, 0.0), max(qy, 0.0)) + min(max(qx, qy), 0.0)
    # capsule from the centre to centre + (a, b) with radius c
    h = (x * a + y * b) / (a * a + b * b)
    h = min(1.0, max(0.0, h))
    return _length(x - a * h, y - b * h) - c


def _smooth_min(d1, d2, k):
    h = max(k - abs(d1 - d2), 0.0) / k
    return min(d1, d2) - h * h * k * 0.25


@python_benchmark(args=(160, 120, 12, 6.0, 17), cases=[(0, 0, 3, 4.0, 1), (1, 1, 1, 2.0, 2), (12, 10, 0, 3.0, 3), (20, 16, 4, 0.5, 4)])
def sdf_smooth_union_render(width: int, height: int, shapes: int, blend: float, seed: int) -> Tuple[int, int, int, float, Tuple[int, int], List[int]]:
    """Render `shapes` seeded primitives blended with smoothness `blend` (in pixels)."""
    state = seed & 0x7FFFFFFF

    def uniform(scale):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 9) / 4194304.0 * scale

    extent = min(width, height)
    scene = []
    for i in range(shapes):
        kind = ("circle", "box", "capsule")[i % 3]
        cx, cy = uniform(width), uniform(height)
        if kind == "circle":
            scene.append((kind, cx, cy, 2.0 + uniform(extent / 5.0), 0.0, 0.0))
        elif kind == "box":
            scene.append((kind, cx, cy, 1.0 + uniform(extent / 6.0), 1.0 + uniform(extent / 6.0), 0.0))
        else:
            scene.append((kind, cx, cy, uniform(extent / 2.0) - extent / 4.0, uniform(extent / 2.0) - extent / 4.0 + 0.5, 1.0 + uniform(extent / 12.0)))
    inside = outline = 0
    checksum = 0
    deepest, deepest_at = math.inf, (-1, -1)
    image = []
    for y in range(height):
        for x in range(width):
            d = math.inf
            for shape in scene:
                sd = _distance(shape, x + 0.5, y + 0.5)
                d = sd if d == math.inf else _smooth_min(d, sd, blend)
            if d < 0.0:
                inside += 1
            if abs(d) < 1.5:
                outline += 1
            if d < deepest:
                deepest, deepest_at = d, (x, y)
            grey = int(min(1.0, max(0.0, 0.5 - d)) * 255.0)
            image.append(grey)
            checksum = (checksum * 131 + grey) % 998244353
    samples = image[:: max(1, len(image) // 10)][:10]
    return (inside, outline, checksum, deepest if shapes and image else 0.0, deepest_at, samples)
