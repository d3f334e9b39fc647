"""Plotting closed Catmull-Rom splines through seeded control points.

Each closed curve passes through its control points; every span between two of them is
the uniform Catmull-Rom cubic built from the four surrounding points and is sampled at
a fixed number of parameter steps. Samples are splatted into a hit-count grid and
joined into a polyline. Returns the lit pixel count, the in-bounds sample count, the
polyline length, the curves' bounding box, a grid checksum and sampled grid cells.

Keywords: graphics, catmull-rom, spline, curve sampling, polyline, hermite cubic, plotting
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _catmull_rom(p0, p1, p2, p3, t):
    """Point at parameter t in [0, 1] on the span from p1 to p2."""
    t2 = t * t
    t3 = t2 * t
    return tuple(
        0.5 * ((2 * b) + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3)
        for a, b, c, d in zip(p0, p1, p2, p3)
    )


@python_benchmark(args=(75, 12, 60, 300, 19), cases=[(0, 5, 8, 32, 1), (2, 5, 8, 0, 6), (1, 1, 4, 16, 2), (2, 4, 0, 16, 3), (3, 6, 10, 1, 4), (5, 7, 12, 48, 5)])
def catmull_rom_spline_plot(curves: int, points: int, steps: int, size: int, seed: int) -> Tuple[int, int, float, List[float], int, List[int]]:
    """Sample `curves` closed splines of `points` control points, `steps` samples per span."""
    grid = [[0] * size for _ in range(size)]
    state = seed & 0x7FFFFFFF

    def rand_coord():
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 12) / 524288.0 * size

    inside = 0
    length = 0.0
    lo_x = lo_y = math.inf
    hi_x = hi_y = -math.inf
    for _ in range(curves):
        controls = [(rand_coord(), rand_coord()) for _ in range(points)]
        previous = None
        for i in range(points):
            p0, p1, p2, p3 = (controls[(i + k) % points] for k in (-1, 0, 1, 2))
            for s in range(steps):
                x, y = _catmull_rom(p0, p1, p2, p3, s / steps)
                lo_x, hi_x = min(lo_x, x), max(hi_x, x)
                lo_y, hi_y = min(lo_y, y), max(hi_y, y)
                if previous is not None:
                    dx, dy = x - previous[0], y - previous[1]
                    length += math.sqrt(dx * dx + dy * dy)
                previous = (x, y)
                gx, gy = math.floor(x), math.floor(y)
                if 0 <= gx < size and 0 <= gy < size:
                    grid[gy][gx] += 1
                    inside += 1
    lit = 0
    checksum = 0
    for row in grid:
        for count in row:
            if count:
                lit += 1
            checksum = (checksum * 65599 + count) % 4294967311
    box = [lo_x, lo_y, hi_x, hi_y] if inside else []
    samples = [grid[(k * 61) % size][(k * 97) % size] for k in range(8)] if size else []
    return (lit, inside, length, box, checksum, samples)
