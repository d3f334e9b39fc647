"""Drawing antialiased seeded lines with Xiaolin Wu's algorithm into a coverage buffer.

Each segment with fractional endpoints is walked along its major axis; at every step
the two pixels straddling the ideal line receive coverage split by the fractional
distance, and the endpoints are weighted by their horizontal gap. Coverage adds up
and saturates at 1. Returns the summed coverage, the lit pixel count, a histogram of
the 8-bit quantised coverage, an image checksum and sampled values.

Keywords: graphics, antialiasing, xiaolin wu, line drawing, coverage, rasterisation
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _fpart(x):
    return x - math.floor(x)


def _rfpart(x):
    return 1.0 - _fpart(x)


def _wu_line(canvas, x0, y0, x1, y1):
    size = len(canvas)

    def plot(x, y, c, steep):
        if steep:
            x, y = y, x
        if 0 <= x < size and 0 <= y < size:
            canvas[y][x] = min(1.0, canvas[y][x] + c)

    steep = abs(y1 - y0) > abs(x1 - x0)
    if steep:
        x0, y0, x1, y1 = y0, x0, y1, x1
    if x0 > x1:
        x0, y0, x1, y1 = x1, y1, x0, y0
    dx, dy = x1 - x0, y1 - y0
    gradient = dy / dx if dx != 0.0 else 1.0

    x_end = math.floor(x0 + 0.5)
    y_end = y0 + gradient * (x_end - x0)
    gap = _rfpart(x0 + 0.5)
    x_first, y_pix = x_end, math.floor(y_end)
    plot(x_first, y_pix, _rfpart(y_end) * gap, steep)
    plot(x_first, y_pix + 1, _fpart(y_end) * gap, steep)
    inter_y = y_end + gradient

    x_end = math.floor(x1 + 0.5)
    y_end = y1 + gradient * (x_end - x1)
    gap = _fpart(x1 + 0.5)
    x_last, y_pix = x_end, math.floor(y_end)
    plot(x_last, y_pix, _rfpart(y_end) * gap, steep)
    plot(x_last, y_pix + 1, _fpart(y_end) * gap, steep)

    for x in range(x_first + 1, x_last):
        base = math.floor(inter_y)
        plot(x, base, _rfpart(inter_y), steep)
        plot(x, base + 1, _fpart(inter_y), steep)
        inter_y += gradient


@python_benchmark(args=(800, 512, 41), cases=[(0, 8, 1), (4, 1, 2), (10, 0, 3), (25, 12, 4)])
def wu_antialiased_lines(lines: int, size: int, seed: int) -> Tuple[float, int, List[int], int, List[int]]:
    """Draw `lines` seeded antialiased segments on a size x size coverage buffer."""
    canvas = [[0.0] * size for _ in range(size)]
    state = seed & 0x7FFFFFFF

    def coordinate():
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 10) / 2097152.0 * size

    for _ in range(lines):
        _wu_line(canvas, coordinate(), coordinate(), coordinate(), coordinate())
    coverage = 0.0
    lit = 0
    histogram = [0] * 8
    checksum = 0
    for row in canvas:
        for value in row:
            coverage += value
            level = int(value * 255.0)
            if level:
                lit += 1
                histogram[level // 32] += 1
            checksum = (checksum * 257 + level) % 1000000007
    samples = [int(canvas[(k * 17) % size][(k * 31) % size] * 255.0) for k in range(8)] if size else []
    return (coverage, lit, histogram, checksum, samples)
