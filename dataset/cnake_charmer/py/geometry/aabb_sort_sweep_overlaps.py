"""Broad-phase collision detection of 3-D boxes by sort and sweep.

Axis-aligned boxes are sorted by their minimum x; sweeping in that order, each box is
only compared with the following boxes whose x-interval starts before it ends, and a
pair overlaps when the y and z intervals also intersect. Returns the overlap count,
the largest number of partners of one box and the first pairs (by original index).

Keywords: geometry, collision detection, sort and sweep, aabb, broad phase, intervals
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(6000, 17), cases=[(0, 1), (1, 2), (2, 3), (30, 4)])
def aabb_sort_sweep_overlaps(n: int, seed: int) -> Tuple[int, int, List[Tuple[int, int]]]:
    """Find overlapping pairs among n seeded axis-aligned boxes."""
    state = seed & 0x7FFFFFFF
    boxes = []
    for _ in range(n):
        vals = []
        for _ in range(6):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            vals.append(state % 10000)
        lo = (vals[0], vals[1], vals[2])
        size = (vals[3] % 200 + 1, vals[4] % 200 + 1, vals[5] % 200 + 1)
        boxes.append((lo, tuple(a + s for a, s in zip(lo, size))))
    order = sorted(range(n), key=lambda i: (boxes[i][0][0], i))
    partners = [0] * n
    pairs = []
    for a_pos, i in enumerate(order):
        lo_i, hi_i = boxes[i]
        for j in order[a_pos + 1:]:
            lo_j, hi_j = boxes[j]
            if lo_j[0] > hi_i[0]:
                break
            if lo_j[1] <= hi_i[1] and lo_i[1] <= hi_j[1] and lo_j[2] <= hi_i[2] and lo_i[2] <= hi_j[2]:
                partners[i] += 1
                partners[j] += 1
                pairs.append((min(i, j), max(i, j)))
    pairs.sort()
    return (len(pairs), max(partners, default=0), pairs[:6])
