"""All-pairs intersection test of seeded line segments.

Every pair of segments is tested with orientation (cross-product sign) predicates,
including the collinear-overlap and touching cases, on integer coordinates so the
answer is exact. Returns the number of intersecting pairs, how many of them are
proper crossings, and the first few intersecting index pairs.

Keywords: geometry, segment intersection, orientation test, cross product, brute force
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _orient(ax: int, ay: int, bx: int, by: int, cx: int, cy: int) -> int:
    v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
    return (v > 0) - (v < 0)


def _on_segment(ax: int, ay: int, bx: int, by: int, px: int, py: int) -> bool:
    return min(ax, bx) <= px <= max(ax, bx) and min(ay, by) <= py <= max(ay, by)


@python_benchmark(args=(520, 13), cases=[(0, 1), (1, 1), (2, 2), (12, 3), (40, 4)])
def segment_intersection_count(n: int, seed: int) -> Tuple[int, int, List[Tuple[int, int]]]:
    """Count intersecting pairs among n seeded segments."""
    state = seed & 0x7FFFFFFF
    segs = []
    for _ in range(n):
        coords = []
        for _ in range(4):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            coords.append(state % 200)
        segs.append(tuple(coords))
    hits = 0
    proper = 0
    first: List[Tuple[int, int]] = []
    for i in range(n):
        ax, ay, bx, by = segs[i]
        for j in range(i + 1, n):
            cx, cy, dx, dy = segs[j]
            o1 = _orient(ax, ay, bx, by, cx, cy)
            o2 = _orient(ax, ay, bx, by, dx, dy)
            o3 = _orient(cx, cy, dx, dy, ax, ay)
            o4 = _orient(cx, cy, dx, dy, bx, by)
            if o1 * o2 < 0 and o3 * o4 < 0:
                hit = True
                proper += 1
            else:
                hit = ((o1 == 0 and _on_segment(ax, ay, bx, by, cx, cy))
                       or (o2 == 0 and _on_segment(ax, ay, bx, by, dx, dy))
                       or (o3 == 0 and _on_segment(cx, cy, dx, dy, ax, ay))
                       or (o4 == 0 and _on_segment(cx, cy, dx, dy, bx, by)))
            if hit:
                hits += 1
                if len(first) < 8:
                    first.append((i, j))
    return (hits, proper, first)
