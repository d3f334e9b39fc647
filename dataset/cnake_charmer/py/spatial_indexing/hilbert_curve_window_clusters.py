"""Hilbert-curve ordering of points and window queries as curve-interval clusters.

Seeded points on a 1024 x 1024 grid are sorted by their Hilbert index. A query window
is decomposed into the Hilbert intervals it covers by descending the curve's quadrant
hierarchy (an aligned block of the curve is one contiguous index interval); touching
intervals are merged, and their number - the clusters - is the classic measure of the
curve's locality. Points are counted per interval by binary search, and ids summed
with prefix sums over the curve order. Returns the Hilbert tour length, total
clusters, an answer checksum, and the first (clusters, count) pairs.

Keywords: spatial indexing, hilbert curve, space-filling curve, locality, clustering, range query
"""

from bisect import bisect_left
from itertools import accumulate
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

ORDER = 10
SIDE = 1 << ORDER


def _turn(s: int, x: int, y: int, rx: int, ry: int) -> Tuple[int, int]:
    if ry == 0:
        if rx == 1:
            x, y = s - 1 - x, s - 1 - y
        x, y = y, x
    return x, y


def xy_to_index(x: int, y: int) -> int:
    d = 0
    s = SIDE // 2
    while s > 0:
        rx = 1 if x & s else 0
        ry = 1 if y & s else 0
        d += s * s * ((3 * rx) ^ ry)
        x, y = _turn(SIDE, x, y, rx, ry)
        s //= 2
    return d


def index_to_xy(d: int) -> Tuple[int, int]:
    x = y = 0
    s = 1
    while s < SIDE:
        rx = 1 & (d // 2)
        ry = 1 & (d ^ rx)
        x, y = _turn(s, x, y, rx, ry)
        x += s * rx
        y += s * ry
        d //= 4
        s *= 2
    return x, y


def window_intervals(x0: int, y0: int, x1: int, y1: int) -> List[Tuple[int, int]]:
    """Hilbert intervals [lo, hi) covering the window, merged where they touch."""
    out: List[Tuple[int, int]] = []

    def descend(start: int, size: int) -> None:
        cx, cy = index_to_xy(start)
        bx, by = cx - cx % size, cy - cy % size
        if bx > x1 or by > y1 or bx + size - 1 < x0 or by + size - 1 < y0:
            return
        if x0 <= bx and bx + size - 1 <= x1 and y0 <= by and by + size - 1 <= y1:
            if out and out[-1][1] == start:
                out[-1] = (out[-1][0], start + size * size)
            else:
                out.append((start, start + size * size))
            return
        quarter = (size // 2) ** 2
        for k in range(4):
            descend(start + k * quarter, size // 2)

    descend(0, SIDE)
    return out


@python_benchmark(args=(20000, 70, 5), cases=[(0, 3, 1), (1, 2, 2), (8, 5, 3), (500, 20, 4), (3000, 0, 5)])
def hilbert_curve_window_clusters(n: int, queries: int, seed: int) -> Tuple[int, int, int, int, List[Tuple[int, int]]]:
    """Return (tour length, total clusters, total hits, checksum, first 6 (clusters, count))."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 9) % k

    points = []
    for i in range(n):
        if i % 3 == 0:
            x, y = draw(SIDE), draw(SIDE)
        else:  # a cloud around a previous point
            px, py = points[draw(i)][1]
            x = min(SIDE - 1, max(0, px + draw(41) - 20))
            y = min(SIDE - 1, max(0, py + draw(41) - 20))
        points.append((xy_to_index(x, y), (x, y), i))
    points.sort()
    keys = [h for h, _, _ in points]
    id_prefix = [0] + list(accumulate(i for _, _, i in points))
    tour = 0
    for (_, (ax, ay), _), (_, (bx, by), _) in zip(points, points[1:]):
        tour += abs(ax - bx) + abs(ay - by)

    clusters = hits = checksum = 0
    first: List[Tuple[int, int]] = []
    for q in range(queries):
        x0, y0 = draw(SIDE), draw(SIDE)
        x1, y1 = min(SIDE - 1, x0 + draw(120)), min(SIDE - 1, y0 + draw(120))
        spans = window_intervals(x0, y0, x1, y1)
        count = id_sum = 0
        for lo, hi in spans:
            a, b = bisect_left(keys, lo), bisect_left(keys, hi)
            count += b - a
            id_sum += id_prefix[b] - id_prefix[a]
        clusters += len(spans)
        hits += count
        checksum = (checksum * 31337 + len(spans) * 4099 + count * 97 + id_sum) % 1000000007
        if q < 6:
            first.append((len(spans), count))
    return tour, clusters, hits, checksum, first
