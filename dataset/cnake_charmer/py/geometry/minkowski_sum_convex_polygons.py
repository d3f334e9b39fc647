"""Minkowski sums of convex lattice polygons built from angle-sorted edge vectors.

A convex polygon with integer vertices is made by drawing random edge vectors, adding
the vector that closes the loop, and sorting them by polar angle (exact cross-product
comparison). The Minkowski sum of two such polygons is the polygon whose edges are the
merged, angle-sorted edges of both, so its twice-area follows from the shoelace
formula; the mixed area is what the sum adds beyond the two parts. Returns the total
twice-area of all sums, the total mixed area, the total vertex count and the largest sum.

Keywords: geometry, minkowski sum, convex polygon, polar angle sort, shoelace, mixed area
"""

from functools import cmp_to_key
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

Vec = Tuple[int, int]


def _half(v: Vec) -> int:
    return 0 if v[1] > 0 or (v[1] == 0 and v[0] > 0) else 1


def _by_angle(a: Vec, b: Vec) -> int:
    ha, hb = _half(a), _half(b)
    if ha != hb:
        return ha - hb
    cross = a[0] * b[1] - a[1] * b[0]
    return -1 if cross > 0 else (1 if cross < 0 else 0)


def _area2(edges: List[Vec]) -> int:
    x = y = 0
    total = 0
    for dx, dy in edges:
        nx, ny = x + dx, y + dy
        total += x * ny - nx * y
        x, y = nx, ny
    return total


@python_benchmark(args=(700, 12, 5), cases=[(0, 3, 1), (1, 1, 2), (3, 2, 3), (20, 6, 4)])
def minkowski_sum_convex_polygons(pairs: int, edges: int, seed: int) -> Tuple[int, int, int, int]:
    """Form `pairs` Minkowski sums of random convex polygons with about `edges` edges."""
    state = seed & 0x7FFFFFFF

    def polygon() -> List[Vec]:
        nonlocal state
        vecs: List[Vec] = []
        sx = sy = 0
        for _ in range(edges):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            dx = (state >> 16) % 41 - 20
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            dy = (state >> 16) % 41 - 20
            if dx or dy:
                vecs.append((dx, dy))
                sx += dx
                sy += dy
        if sx or sy:
            vecs.append((-sx, -sy))
        return sorted(vecs, key=cmp_to_key(_by_angle))

    total_sum = total_mixed = vertices = largest = 0
    for _ in range(pairs):
        p, q = polygon(), polygon()
        s = sorted(p + q, key=cmp_to_key(_by_angle))
        a_sum = _area2(s)
        total_sum += a_sum
        total_mixed += a_sum - _area2(p) - _area2(q)
        vertices += len(s)
        largest = max(largest, a_sum)
    return (total_sum, total_mixed, vertices, largest)
