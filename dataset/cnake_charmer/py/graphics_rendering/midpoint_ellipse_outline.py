"""Drawing seeded ellipse outlines with the integer midpoint algorithm.

Each axis-aligned ellipse is traced one quadrant at a time with the classic two-region
midpoint decision variable (scaled by 4 so every step stays in integers) and mirrored
into the other three quadrants, clipped to the framebuffer. Later ellipses overwrite
earlier ones with their own colour index. Returns the plotted-point count, lit pixel
count, a rolling checksum of the framebuffer and a few sampled pixels.

Keywords: graphics, rasterisation, midpoint ellipse, framebuffer, integer arithmetic, symmetry
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _plot_symmetric(frame, cx, cy, x, y, colour):
    """Set the four mirrored points of (x, y) around the centre; return how many were inside."""
    size = len(frame)
    inside = 0
    for px, py in ((cx + x, cy + y), (cx - x, cy + y), (cx + x, cy - y), (cx - x, cy - y)):
        if 0 <= px < size and 0 <= py < size:
            frame[py][px] = colour
            inside += 1
    return inside


def _draw_ellipse(frame, cx, cy, rx, ry, colour):
    """Trace one ellipse; return the number of points written."""
    if ry == 0:
        written = 0
        for x in range(-rx, rx + 1):
            if 0 <= cx + x < len(frame) and 0 <= cy < len(frame):
                frame[cy][cx + x] = colour
                written += 1
        return written
    rx2, ry2 = rx * rx, ry * ry
    x, y = 0, ry
    dx, dy = 0, 2 * rx2 * y
    written = 0
    # Region 1: the slope is shallower than -1, step in x.
    d = 4 * ry2 - 4 * rx2 * ry + rx2
    while dx < dy:
        written += _plot_symmetric(frame, cx, cy, x, y, colour)
        x += 1
        dx += 2 * ry2
        if d < 0:
            d += 4 * (dx + ry2)
        else:
            y -= 1
            dy -= 2 * rx2
            d += 4 * (dx - dy + ry2)
    # Region 2: the slope is steeper, step in y.
    d = ry2 * (2 * x + 1) * (2 * x + 1) + 4 * rx2 * (y - 1) * (y - 1) - 4 * rx2 * ry2
    while y >= 0:
        written += _plot_symmetric(frame, cx, cy, x, y, colour)
        y -= 1
        dy -= 2 * rx2
        if d > 0:
            d += 4 * (rx2 - dy)
        else:
            x += 1
            dx += 2 * ry2
            d += 4 * (dx - dy + rx2)
    return written


@python_benchmark(args=(700, 480, 2024), cases=[(0, 16, 1), (5, 0, 4), (3, 1, 5), (6, 2, 9), (40, 37, 3)])
def midpoint_ellipse_outline(count: int, size: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Draw `count` seeded ellipses on a size x size framebuffer of colour indices."""
    if size <= 0:
        return (0, 0, 0, [])
    frame = [[0] * size for _ in range(size)]
    state = seed & 0x7FFFFFFF

    def draw(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    plotted = 0
    for i in range(count):
        cx, cy = draw(size), draw(size)
        rx, ry = draw(size // 2 + 1), draw(size // 3 + 1)
        plotted += _draw_ellipse(frame, cx, cy, rx, ry, i % 250 + 1)
    lit = 0
    checksum = 0
    for row in frame:
        for value in row:
            if value:
                lit += 1
            checksum = (checksum * 31 + value) % 1000000007
    samples = [frame[(k * 7919) % size][(k * 104729) % size] for k in range(8)]
    return (plotted, lit, checksum, samples)
