"""Extracting the iso-contour of a metaball field with marching squares.

A seeded set of metaballs plus a sinusoidal ripple defines a scalar field on a grid of
sample points. Each grid
cell gets a 4-bit case from which corners lie inside the iso level; a lookup table
gives the cell edges the contour crosses, the crossing points are found by linear
interpolation along the edges, and the two ambiguous saddle cases are resolved with
the value at the cell centre. Returns the case histogram, the segment count, the
total contour length, the saddle resolutions, a checksum of the case grid and the
contour's bounding box.

Keywords: graphics, marching squares, isolines, contouring, metaballs, scalar field, lookup table
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

# Edges: 0 top, 1 right, 2 bottom, 3 left. Corners: 8 top-left, 4 top-right, 2 bottom-right, 1 bottom-left.
SEGMENTS = {
    1: [(3, 2)], 2: [(2, 1)], 3: [(3, 1)], 4: [(0, 1)], 6: [(0, 2)], 7: [(3, 0)],
    8: [(3, 0)], 9: [(0, 2)], 11: [(0, 1)], 12: [(3, 1)], 13: [(2, 1)], 14: [(3, 2)],
}
SADDLES = {
    5: ([(3, 0), (2, 1)], [(3, 2), (0, 1)]),
    10: ([(0, 1), (3, 2)], [(3, 0), (2, 1)]),
}


def _crossing(edge, x, y, corners, iso):
    """Point where the contour crosses `edge` of the cell whose top-left corner is (x, y)."""
    tl, tr, br, bl = corners
    if edge == 0:
        return (x + (iso - tl) / (tr - tl), y)
    if edge == 1:
        return (x + 1, y + (iso - tr) / (br - tr))
    if edge == 2:
        return (x + (iso - bl) / (br - bl), y + 1)
    return (x, y + (iso - tl) / (bl - tl))


@python_benchmark(args=(300, 220, 11, 4), cases=[(0, 0, 3, 1), (1, 1, 2, 2), (6, 4, 0, 3), (24, 18, 5, 4)])
def marching_squares_isolines(cols: int, rows: int, balls: int, seed: int) -> Tuple[List[int], int, float, Tuple[int, int], int, List[float]]:
    """Contour the level-1 set of `balls` seeded metaballs on a cols x rows cell grid."""
    state = seed & 0x7FFFFFFF

    def uniform():
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 8) / 8388608.0

    blobs = []
    for _ in range(balls):
        blobs.append((uniform() * cols, uniform() * rows, 2.0 + uniform() * min(cols, rows) / 6.0))
    field = []
    for y in range(rows + 1):
        line = []
        for x in range(cols + 1):
            value = 0.45 * math.sin(0.45 * x + 0.2 * y) * math.cos(0.35 * y)
            for bx, by, radius in blobs:
                value += radius * radius / ((x - bx) * (x - bx) + (y - by) * (y - by) + 1.0)
            line.append(value)
        field.append(line)
    iso = 1.0
    histogram = [0] * 16
    segments = 0
    length = 0.0
    joined = split = 0
    checksum = 0
    lo_x = lo_y = math.inf
    hi_x = hi_y = -math.inf
    for y in range(rows):
        for x in range(cols):
            corners = (field[y][x], field[y][x + 1], field[y + 1][x + 1], field[y + 1][x])
            case = 0
            for bit, value in zip((8, 4, 2, 1), corners):
                if value >= iso:
                    case |= bit
            histogram[case] += 1
            checksum = (checksum * 17 + case) % 1000000007
            if case in SADDLES:
                if (corners[0] + corners[1] + corners[2] + corners[3]) / 4.0 >= iso:
                    pairs = SADDLES[case][0]
                    joined += 1
                else:
                    pairs = SADDLES[case][1]
                    split += 1
            else:
                pairs = SEGMENTS.get(case, [])
            for first, second in pairs:
                ax, ay = _crossing(first, x, y, corners, iso)
                bx, by = _crossing(second, x, y, corners, iso)
                segments += 1
                length += math.sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay))
                lo_x, hi_x = min(lo_x, ax, bx), max(hi_x, ax, bx)
                lo_y, hi_y = min(lo_y, ay, by), max(hi_y, ay, by)
    box = [float(v) for v in (lo_x, lo_y, hi_x, hi_y)] if segments else []
    return (histogram, segments, length, (joined, split), checksum, box)
