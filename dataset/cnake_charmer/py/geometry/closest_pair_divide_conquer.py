"""Closest pair of seeded points by divide and conquer.

Points are sorted by x, the set is split in half recursively, and the best distance of
the halves bounds a strip around the split line whose points are scanned in y order.
Returns the squared distance, the pair (sorted) and how many strip comparisons were
made - which pins down the algorithm, not just the answer.

Keywords: geometry, closest pair, divide and conquer, recursion, strip, distance
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

Point = Tuple[int, int]


@python_benchmark(args=(30000, 8), cases=[(2, 1), (3, 2), (4, 3), (9, 4), (100, 5)])
def closest_pair_divide_conquer(n: int, seed: int) -> Tuple[int, Tuple[Point, Point], int]:
    """Find the closest pair among n seeded integer points (n >= 2)."""
    state = seed & 0x7FFFFFFF
    pts = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = state % 1000003
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        pts.append((x, state % 1000003))
    pts.sort()
    comparisons = 0

    def solve(lo: int, hi: int) -> Tuple[int, Point, Point]:
        nonlocal comparisons
        if hi - lo <= 3:
            best = (1 << 62, pts[lo], pts[lo])
            for i in range(lo, hi):
                for j in range(i + 1, hi):
                    d = (pts[i][0] - pts[j][0]) ** 2 + (pts[i][1] - pts[j][1]) ** 2
                    if d < best[0]:
                        best = (d, pts[i], pts[j])
            return best
        mid = (lo + hi) // 2
        midx = pts[mid][0]
        left, right = solve(lo, mid), solve(mid, hi)
        best = left if left[0] <= right[0] else right
        strip = sorted((p for p in pts[lo:hi] if (p[0] - midx) ** 2 < best[0]), key=lambda p: (p[1], p[0]))
        for i in range(len(strip)):
            for j in range(i + 1, len(strip)):
                if (strip[j][1] - strip[i][1]) ** 2 >= best[0]:
                    break
                comparisons += 1
                d = (strip[i][0] - strip[j][0]) ** 2 + (strip[i][1] - strip[j][1]) ** 2
                if d < best[0]:
                    best = (d, strip[i], strip[j])
        return best

    d, a, b = solve(0, len(pts))
    return (d, (min(a, b), max(a, b)), comparisons)
