"""Snapping noisy GPS fixes to the nearest road segment with a bucket grid.

Seeded roads are random-walk polylines; every segment is listed in each grid bucket its
bounding box touches (buckets are at least as wide as the snapping radius). A fix is
compared with the segments listed in the 3 x 3 buckets around it - each segment once -
by exact point-to-segment distance (projection clamped to the segment), and snaps to
the closest one within the radius (ties by segment id). Returns the matched fixes, a
checksum of the chosen segments, the summed squared offsets, the distance evaluations,
the fixes snapped to each of the first roads and the first matches.

Keywords: spatial indexing, map matching, nearest segment, bucket grid, point to segment distance, gps
"""

from collections import defaultdict
from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

Segment = Tuple[int, int, int, int, int]  # x1, y1, x2, y2, road


def offset2(seg: Segment, px: int, py: int) -> float:
    x1, y1, x2, y2, _ = seg
    dx, dy = x2 - x1, y2 - y1
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else ((px - x1) * dx + (py - y1) * dy) / length2
    t = min(1.0, max(0.0, t))
    ex = px - (x1 + t * dx)
    ey = py - (y1 + t * dy)
    return ex * ex + ey * ey


@python_benchmark(args=(150, 40, 10000, 60, 11), cases=[(0, 5, 10, 50, 1), (1, 1, 5, 50, 2), (3, 2, 0, 40, 3), (20, 10, 300, 80, 4), (5, 30, 200, 0, 5)])
def road_segment_snapping(roads: int, length: int, fixes: int, radius: int, seed: int) -> Tuple[int, int, float, int, List[int], List[Tuple[int, float]]]:
    """Return (matched, segment checksum, summed offset^2, evaluations, per-road counts, first 5 (segment, offset^2))."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 10) % k

    segments: List[Segment] = []
    for road in range(roads):
        x, y = draw(10000), draw(10000)
        for _ in range(length):
            nx = min(9999, max(0, x + draw(401) - 200))
            ny = min(9999, max(0, y + draw(401) - 200))
            segments.append((x, y, nx, ny, road))
            x, y = nx, ny
    cell = max(radius, 100)
    buckets: Dict[Tuple[int, int], List[int]] = defaultdict(list)
    for s, (x1, y1, x2, y2, _) in enumerate(segments):
        for bx in range(min(x1, x2) // cell, max(x1, x2) // cell + 1):
            for by in range(min(y1, y2) // cell, max(y1, y2) // cell + 1):
                buckets[(bx, by)].append(s)

    matched = checksum = evaluations = 0
    total = 0.0
    per_road = [0] * roads
    first: List[Tuple[int, float]] = []
    limit = float(radius * radius)
    for f in range(fixes):
        if segments:
            x1, y1, x2, y2, _ = segments[draw(len(segments))]
            t = draw(101)
            px = x1 + (x2 - x1) * t // 100 + draw(2 * radius + 1) - radius
            py = y1 + (y2 - y1) * t // 100 + draw(2 * radius + 1) - radius
        else:
            px, py = draw(10000), draw(10000)
        seen = set()
        best = (limit, -1)  # (offset^2, segment); only offsets within the radius count
        for bx in range(px // cell - 1, px // cell + 2):
            for by in range(py // cell - 1, py // cell + 2):
                for s in buckets.get((bx, by), ()):
                    if s in seen:
                        continue
                    seen.add(s)
                    evaluations += 1
                    d = offset2(segments[s], px, py)
                    if d <= limit and (best[1] < 0 or (d, s) < best):
                        best = (d, s)
        if best[1] >= 0:
            matched += 1
            total += best[0]
            per_road[segments[best[1]][4]] += 1
            checksum = (checksum * 1000003 + best[1] + 1) % 1000000007
        if f < 5:
            first.append((best[1], best[0] if best[1] >= 0 else -1.0))
    return matched, checksum, total, evaluations, per_road[:8], first
