"""2-d tree construction and nearest-neighbour queries.

Seeded points are organised in a k-d tree (median split alternating x and y, built by
sorting index ranges); each query descends to a leaf and backtracks only into subtrees
whose splitting plane is closer than the current best. Returns a checksum of nearest
indices, the summed squared distance and the number of visited nodes.

Keywords: geometry, kd tree, nearest neighbour, spatial index, branch and bound
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(6000, 3000, 4), cases=[(1, 1, 1), (2, 3, 2), (7, 5, 3), (40, 0, 4)])
def kd_tree_nearest_neighbor(n: int, queries: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Build a 2-d tree over n points and answer nearest-neighbour queries."""
    state = seed & 0x7FFFFFFF

    def rnd() -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state % 100000

    pts = [(rnd(), rnd()) for _ in range(n)]
    order = list(range(n))

    def build(lo: int, hi: int, depth: int) -> None:
        if hi - lo <= 1:
            return
        axis = depth % 2
        order[lo:hi] = sorted(order[lo:hi], key=lambda i: (pts[i][axis], i))
        mid = (lo + hi) // 2
        build(lo, mid, depth + 1)
        build(mid + 1, hi, depth + 1)

    build(0, n, 0)
    visited = 0

    def search(lo: int, hi: int, depth: int, qx: int, qy: int, best: List[int]) -> None:
        nonlocal visited
        if lo >= hi:
            return
        visited += 1
        mid = (lo + hi) // 2
        idx = order[mid]
        px, py = pts[idx]
        d = (px - qx) ** 2 + (py - qy) ** 2
        if d < best[0] or (d == best[0] and idx < best[1]):
            best[0], best[1] = d, idx
        diff = (qx - px) if depth % 2 == 0 else (qy - py)
        near, far = ((lo, mid), (mid + 1, hi)) if diff < 0 else ((mid + 1, hi), (lo, mid))
        search(near[0], near[1], depth + 1, qx, qy, best)
        if diff * diff <= best[0]:
            search(far[0], far[1], depth + 1, qx, qy, best)

    checksum = 0
    total = 0
    first: List[int] = []
    for q in range(queries):
        qx, qy = rnd(), rnd()
        best = [1 << 62, -1]
        search(0, n, 0, qx, qy, best)
        checksum = (checksum * 1000003 + best[1]) % 1000000007
        total += best[0]
        if q < 6:
            first.append(best[1])
    return (checksum, total, visited, first)
