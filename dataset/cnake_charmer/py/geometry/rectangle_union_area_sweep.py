"""Area of the union of axis-aligned rectangles by a sweep over compressed x.

Rectangles are generated from a seed; the distinct x coordinates split the plane into
slabs, and in every slab the covered y-length is the union of the active rectangles'
y-intervals (sorted and merged). Returns the union area, the number of slabs, the
widest covered slab length and the sum of individual areas.

Keywords: geometry, rectangle union, sweep line, coordinate compression, interval merge
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(700, 6), cases=[(0, 1), (1, 2), (2, 3), (15, 4)])
def rectangle_union_area_sweep(n: int, seed: int) -> Tuple[int, int, int, int]:
    """Compute the union area of n seeded rectangles."""
    state = seed & 0x7FFFFFFF
    rects = []
    for _ in range(n):
        vals = []
        for _ in range(4):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            vals.append(state % 10000)
        x1, x2 = sorted(vals[:2])
        y1, y2 = sorted(vals[2:])
        rects.append((x1, y1, x2 + 1, y2 + 1))
    xs = sorted({r[0] for r in rects} | {r[2] for r in rects})
    area = 0
    best_cover = 0
    for a, b in zip(xs, xs[1:]):
        intervals = sorted((r[1], r[3]) for r in rects if r[0] <= a and r[2] >= b)
        covered = 0
        cur_lo, cur_hi = None, None
        for lo, hi in intervals:
            if cur_hi is None or lo > cur_hi:
                if cur_hi is not None:
                    covered += cur_hi - cur_lo
                cur_lo, cur_hi = lo, hi
            else:
                cur_hi = max(cur_hi, hi)
        if cur_hi is not None:
            covered += cur_hi - cur_lo
        best_cover = max(best_cover, covered)
        area += covered * (b - a)
    raw = sum((r[2] - r[0]) * (r[3] - r[1]) for r in rects)
    return (area, max(len(xs) - 1, 0), best_cover, raw)
