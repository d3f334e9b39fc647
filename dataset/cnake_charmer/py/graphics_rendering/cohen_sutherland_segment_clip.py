"""Clipping seeded line segments to a viewport with the Cohen–Sutherland outcode algorithm.

Each endpoint gets a 4-bit outcode (left, right, below, above the window). Segments
whose codes share a bit are rejected at once, segments with two zero codes are kept,
and the rest are shortened by moving the outside endpoint onto the violated window
edge until one of the two trivial cases applies. Returns the accepted, trivially
rejected and clipped counts, the number of clipping iterations, the total visible
length, a checksum of the clipped endpoints in 1/16-pixel units and a histogram of
the union of the two endpoint outcodes.

Keywords: graphics, line clipping, cohen sutherland, outcodes, viewport, segments
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

INSIDE, LEFT, RIGHT, BOTTOM, TOP = 0, 1, 2, 4, 8


def _outcode(x, y, window):
    x_min, y_min, x_max, y_max = window
    code = INSIDE
    if x < x_min:
        code |= LEFT
    elif x > x_max:
        code |= RIGHT
    if y < y_min:
        code |= BOTTOM
    elif y > y_max:
        code |= TOP
    return code


def _clip(x0, y0, x1, y1, window):
    """Return (clipped segment or None, number of edge moves)."""
    x_min, y_min, x_max, y_max = window
    code0, code1 = _outcode(x0, y0, window), _outcode(x1, y1, window)
    moves = 0
    while True:
        if not (code0 | code1):
            return (x0, y0, x1, y1), moves
        if code0 & code1:
            return None, moves
        moves += 1
        out = code0 if code0 else code1
        if out & TOP:
            x, y = x0 + (x1 - x0) * (y_max - y0) / (y1 - y0), y_max
        elif out & BOTTOM:
            x, y = x0 + (x1 - x0) * (y_min - y0) / (y1 - y0), y_min
        elif out & RIGHT:
            x, y = x_max, y0 + (y1 - y0) * (x_max - x0) / (x1 - x0)
        else:
            x, y = x_min, y0 + (y1 - y0) * (x_min - x0) / (x1 - x0)
        if out == code0:
            x0, y0 = x, y
            code0 = _outcode(x0, y0, window)
        else:
            x1, y1 = x, y
            code1 = _outcode(x1, y1, window)


@python_benchmark(args=(90000, 640, 480, 31), cases=[(0, 64, 64, 1), (5, 1, 1, 2), (40, 0, 10, 3), (300, 50, 20, 4)])
def cohen_sutherland_segment_clip(segments: int, width: int, height: int, seed: int) -> Tuple[int, int, int, int, float, int, List[int]]:
    """Clip `segments` random segments to the window [w/4, 3w/4] x [h/4, 3h/4]."""
    window = (width / 4, height / 4, 3 * width / 4, 3 * height / 4)
    state = seed & 0xFFFFFFFF

    def coordinate(extent):
        nonlocal state
        state = (state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (state >> 8) / 16777216.0 * extent

    accepted = rejected = clipped = iterations = 0
    visible = 0.0
    checksum = 0
    spans = [0] * 16
    for _ in range(segments):
        x0, y0, x1, y1 = coordinate(width), coordinate(height), coordinate(width), coordinate(height)
        c0, c1 = _outcode(x0, y0, window), _outcode(x1, y1, window)
        spans[c0 | c1] += 1
        kept, moves = _clip(x0, y0, x1, y1, window)
        iterations += moves
        if kept is None:
            rejected += 1
            continue
        if moves:
            clipped += 1
        else:
            accepted += 1
        ax, ay, bx, by = kept
        visible += math.hypot(bx - ax, by - ay)
        for value in kept:
            checksum = (checksum * 31 + int(value * 16)) % 1000000007
    return (accepted, rejected, clipped, iterations, visible, checksum, spans)
