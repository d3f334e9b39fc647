"""Sort 2-D grid points along the Z-order (Morton) curve.

Each point's 16-bit x and y coordinates are interleaved bit by bit into a 32-bit Morton
code; sorting by code keeps nearby points close in memory, as spatial indexes do.
Returns the first points in curve order, the total Manhattan length of the path and a
checksum of the codes.

Keywords: Morton order, Z-order curve, bit interleaving, spatial sort, locality
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _interleave(x: int, y: int) -> int:
    code = 0
    for bit in range(16):
        code |= ((x >> bit) & 1) << (2 * bit)
        code |= ((y >> bit) & 1) << (2 * bit + 1)
    return code


@python_benchmark(args=(15000, 29), cases=[(0, 1), (1, 1), (6, 4), (200, 8)])
def morton_order_point_sort(n: int, seed: int) -> Tuple[List[Tuple[int, int]], int, int]:
    """Return (first 6 points, Manhattan path length, code checksum) in Morton order."""
    state = seed & 0x7FFFFFFF
    points = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = state & 0xFFFF
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        y = state & 0xFFFF
        points.append((x, y))
    points.sort(key=lambda p: (_interleave(p[0], p[1]), p))
    path = sum(abs(a[0] - b[0]) + abs(a[1] - b[1]) for a, b in zip(points, points[1:]))
    checksum = 0
    for x, y in points:
        checksum = (checksum * 1315423911 + _interleave(x, y)) % 4294967291
    return points[:6], path, checksum
