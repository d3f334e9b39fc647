"""Rasterising depth-tested triangles with barycentric edge functions and a z-buffer.

Seeded triangles (vertices scattered around a random centre) with integer screen vertices and floating-point depths are scanned
over their clipped bounding boxes. A pixel centre is inside when all three integer
edge functions are non-negative (computed on doubled coordinates so the centre stays
integral); its depth is the barycentric blend of the vertex depths and it wins the
pixel when it is nearer than the z-buffer. Returns fragment and depth-test counts, the
covered pixel count, a checksum of the triangle-id buffer, the summed visible depth
and a few sampled ids.

Keywords: graphics, triangle rasterisation, barycentric coordinates, edge function, z-buffer, depth test
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _edge(p, q, r):
    """Twice the signed area of triangle (p, q, r) using only x and y."""
    return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])


@python_benchmark(args=(320, 240, 180, 11), cases=[(0, 0, 4, 1), (1, 1, 6, 2), (12, 9, 0, 3), (40, 30, 25, 4)])
def zbuffer_triangle_barycentric(width: int, height: int, triangles: int, seed: int) -> Tuple[int, int, int, int, float, List[int]]:
    """Draw seeded triangles into a width x height z-buffered id buffer."""
    depth = [[math.inf] * width for _ in range(height)]
    owner = [[0] * width for _ in range(height)]
    state = seed & 0x7FFFFFFF

    def rand(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    fragments = 0
    passed = 0
    for t in range(triangles):
        cx, cy = rand(width + 1), rand(height + 1)
        reach = width // 8 + 1
        verts = []
        for _ in range(3):
            x = cx + rand(2 * reach + 1) - reach
            y = cy + rand(2 * reach + 1) - reach
            z = 1.0 + rand(10000) / 100.0
            verts.append((2 * x, 2 * y, z))
        a, b, c = verts
        area = _edge(a, b, c)
        if area == 0:
            continue
        if area < 0:
            b, c = c, b
            area = -area
        x_lo = max(0, min(a[0], b[0], c[0]) // 2)
        x_hi = min(width - 1, max(a[0], b[0], c[0]) // 2)
        y_lo = max(0, min(a[1], b[1], c[1]) // 2)
        y_hi = min(height - 1, max(a[1], b[1], c[1]) // 2)
        for py in range(y_lo, y_hi + 1):
            for px in range(x_lo, x_hi + 1):
                centre = (2 * px + 1, 2 * py + 1)
                wa = _edge(b, c, centre)
                wb = _edge(c, a, centre)
                wc = _edge(a, b, centre)
                if wa < 0 or wb < 0 or wc < 0:
                    continue
                fragments += 1
                z = (wa * a[2] + wb * b[2] + wc * c[2]) / area
                if z < depth[py][px]:
                    depth[py][px] = z
                    owner[py][px] = t + 1
                    passed += 1
    covered = 0
    depth_total = 0.0
    checksum = 0
    for py in range(height):
        for px in range(width):
            if owner[py][px]:
                covered += 1
                depth_total += depth[py][px]
            checksum = (checksum * 1000003 + owner[py][px]) % 2147483647
    samples = [owner[(k * 29) % height][(k * 71) % width] for k in range(8)] if width and height else []
    return (fragments, passed, covered, checksum, depth_total, samples)
