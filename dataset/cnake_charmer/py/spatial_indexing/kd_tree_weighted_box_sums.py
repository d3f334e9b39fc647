"""Orthogonal range sums over weighted points with a bucket k-d tree.

Seeded weighted points are stored in a k-d tree whose leaves hold up to `leaf_size`
points; each node splits its points at the median of its wider bounding-box side and
keeps its box, point count and weight total. A rectangle query adds whole subtrees
whose boxes lie inside it, skips disjoint ones and scans leaf buckets only on the
border. Returns an answer checksum, the number of subtrees taken whole, the number of
leaf points tested, the tree's node count and the first answers.

Keywords: spatial indexing, kd tree, range query, orthogonal range sum, bucket leaves, bounding box
"""

from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

WPoint = Tuple[int, int, int, int]  # x, y, weight, id


class BoxNode:
    __slots__ = ("box", "count", "total", "left", "right", "bucket")

    def __init__(self, points: List[WPoint]) -> None:
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        self.box = (min(xs), min(ys), max(xs), max(ys))
        self.count = len(points)
        self.total = sum(p[2] for p in points)
        self.left: Optional["BoxNode"] = None
        self.right: Optional["BoxNode"] = None
        self.bucket: Optional[List[WPoint]] = None


def _build(points: List[WPoint], leaf_size: int) -> BoxNode:
    node = BoxNode(points)
    if len(points) <= leaf_size:
        node.bucket = points
        return node
    x0, y0, x1, y1 = node.box
    axis = 0 if x1 - x0 >= y1 - y0 else 1
    points.sort(key=lambda p: (p[axis], p[3]))
    mid = len(points) // 2
    node.left = _build(points[:mid], leaf_size)
    node.right = _build(points[mid:], leaf_size)
    return node


def _size(node: Optional[BoxNode]) -> int:
    return 0 if node is None else 1 + _size(node.left) + _size(node.right)


@python_benchmark(args=(16000, 1500, 8, 21), cases=[(0, 3, 4, 1), (1, 3, 1, 2), (9, 6, 2, 3), (300, 0, 4, 4), (500, 40, 1, 5)])
def kd_tree_weighted_box_sums(n: int, queries: int, leaf_size: int, seed: int) -> Tuple[int, int, int, int, List[Tuple[int, int]]]:
    """Return (checksum, whole subtrees, leaf points tested, nodes, first 6 (count, weight))."""
    if leaf_size < 1:
        raise ValueError("leaf_size must be positive")
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 12) % k

    points = []
    for i in range(n):
        x = draw(5000)
        y = (draw(3000) + x // 2) % 5000  # a diagonal band, so boxes are not square
        points.append((x, y, 1 + draw(100), i))
    root = _build(points, leaf_size) if points else None

    whole = 0
    tested = 0

    def query(node: BoxNode, x0: int, y0: int, x1: int, y1: int) -> Tuple[int, int]:
        nonlocal whole, tested
        bx0, by0, bx1, by1 = node.box
        if bx0 > x1 or bx1 < x0 or by0 > y1 or by1 < y0:
            return 0, 0
        if x0 <= bx0 and bx1 <= x1 and y0 <= by0 and by1 <= y1:
            whole += 1
            return node.count, node.total
        if node.bucket is not None:
            tested += len(node.bucket)
            inside = [p for p in node.bucket if x0 <= p[0] <= x1 and y0 <= p[1] <= y1]
            return len(inside), sum(p[2] for p in inside)
        c1, w1 = query(node.left, x0, y0, x1, y1)
        c2, w2 = query(node.right, x0, y0, x1, y1)
        return c1 + c2, w1 + w2

    checksum = 0
    first: List[Tuple[int, int]] = []
    for _ in range(queries):
        x0, y0 = draw(5000), draw(5000)
        x1, y1 = x0 + draw(1500), y0 + draw(1500)
        answer = query(root, x0, y0, x1, y1) if root else (0, 0)
        checksum = (checksum * 131 + answer[0] * 100003 + answer[1]) % 2147483647
        if len(first) < 6:
            first.append(answer)
    return checksum, whole, tested, _size(root), first
