"""Two-level range tree answering weighted rectangle counts in O(log^2 n).

Seeded weighted points are sorted by x; a balanced tree over that order stores in
every node its points sorted by y together with running weight totals. A rectangle
query turns its x-range into an index range, splits it into O(log n) canonical
nodes, and binary-searches the y-range in each node's list. Returns a checksum of
(count, weight) per query, the canonical nodes used, the total stored entries and
the first answers.

Keywords: spatial indexing, range tree, orthogonal range counting, canonical nodes, binary search, prefix sums
"""

from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark


class RangeNode:
    __slots__ = ("lo", "hi", "entries", "ys", "weights", "left", "right")

    def __init__(self, lo: int, hi: int, entries: List[Tuple[int, int]]) -> None:
        self.lo, self.hi = lo, hi
        self.entries = entries  # (y, weight) sorted by y
        self.ys = [y for y, _ in entries]
        self.weights = [0] + list(accumulate(w for _, w in entries))
        self.left: Optional["RangeNode"] = None
        self.right: Optional["RangeNode"] = None


def build(points: List[Tuple[int, int, int]], lo: int, hi: int) -> RangeNode:
    if hi - lo == 1:
        return RangeNode(lo, hi, [(points[lo][1], points[lo][2])])
    mid = (lo + hi) // 2
    left, right = build(points, lo, mid), build(points, mid, hi)
    node = RangeNode(lo, hi, sorted(left.entries + right.entries))
    node.left, node.right = left, right
    return node


def stored_entries(node: Optional[RangeNode]) -> int:
    return 0 if node is None else len(node.ys) + stored_entries(node.left) + stored_entries(node.right)


@python_benchmark(args=(16000, 3000, 31), cases=[(0, 3, 1), (1, 4, 2), (2, 5, 3), (64, 40, 4), (500, 0, 5), (257, 30, 6)])
def range_tree_weighted_rectangles(n: int, queries: int, seed: int) -> Tuple[int, int, int, List[Tuple[int, int]]]:
    """Return (checksum, canonical nodes, stored entries, first 6 (count, weight))."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 9) % k

    points = []
    for i in range(n):
        x = draw(100000)
        y = draw(100000) if i % 2 else (x * 7 + draw(9000)) % 100000
        if i % 17 == 16:
            x = points[-1][0]  # shared x coordinates
        points.append((x, y, 1 + draw(1000)))
    points.sort()
    xs = [p[0] for p in points]
    root = build(points, 0, n) if points else None

    canonical = 0

    def query(node: RangeNode, a: int, b: int, y1: int, y2: int) -> Tuple[int, int]:
        nonlocal canonical
        if b <= node.lo or node.hi <= a:
            return 0, 0
        if a <= node.lo and node.hi <= b:
            canonical += 1
            i, j = bisect_left(node.ys, y1), bisect_right(node.ys, y2)
            return j - i, node.weights[j] - node.weights[i]
        c1, w1 = query(node.left, a, b, y1, y2)
        c2, w2 = query(node.right, a, b, y1, y2)
        return c1 + c2, w1 + w2

    checksum = 0
    first: List[Tuple[int, int]] = []
    for t in range(queries):
        x1, y1 = draw(100000), draw(100000)
        x2, y2 = x1 + draw(30000), y1 + draw(30000)
        a, b = bisect_left(xs, x1), bisect_right(xs, x2)
        answer = query(root, a, b, y1, y2) if root and a < b else (0, 0)
        checksum = (checksum * 1000003 + answer[0] * 1009 + answer[1]) % 1000000007
        if t < 6:
            first.append(answer)
    return checksum, canonical, stored_entries(root), first
