"""Point quadtree with bucket splitting and rectangle counting queries.

Points in a 1024 x 1024 square are inserted into a region quadtree whose leaves hold
up to `capacity` points and split into four quadrants when they overflow. Rectangle
queries descend only into overlapping quadrants, and count whole leaves at once
when fully covered. Returns the node count, the depth, a checksum of query answers
and the first answers.

Keywords: quadtree, spatial index, range counting, bucket split, recursion
"""

from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark


class QuadNode:
    __slots__ = ("x0", "y0", "size", "points", "kids", "count")

    def __init__(self, x0: int, y0: int, size: int) -> None:
        self.x0, self.y0, self.size = x0, y0, size
        self.points: Optional[List[Tuple[int, int]]] = []
        self.kids: List["QuadNode"] = []
        self.count = 0


def _insert(node: QuadNode, x: int, y: int, capacity: int) -> int:
    created = 0
    while True:
        node.count += 1
        if node.points is not None:
            node.points.append((x, y))
            if len(node.points) <= capacity or node.size == 1:
                return created
            half = node.size // 2
            node.kids = [QuadNode(node.x0 + dx, node.y0 + dy, half) for dx in (0, half) for dy in (0, half)]
            created += 4
            old, node.points = node.points, None
            for px, py in old:
                kid = node.kids[(px >= node.x0 + half) * 2 + (py >= node.y0 + half)]
                created += _insert(kid, px, py, capacity)
            return created
        half = node.size // 2
        node = node.kids[(x >= node.x0 + half) * 2 + (y >= node.y0 + half)]


def _count(node: QuadNode, x1: int, y1: int, x2: int, y2: int) -> int:
    if node.x0 > x2 or node.y0 > y2 or node.x0 + node.size - 1 < x1 or node.y0 + node.size - 1 < y1:
        return 0
    if x1 <= node.x0 and y1 <= node.y0 and node.x0 + node.size - 1 <= x2 and node.y0 + node.size - 1 <= y2:
        return node.count
    if node.points is not None:
        return sum(1 for px, py in node.points if x1 <= px <= x2 and y1 <= py <= y2)
    return sum(_count(kid, x1, y1, x2, y2) for kid in node.kids)


def _depth(node: QuadNode) -> int:
    return 1 + max((_depth(k) for k in node.kids), default=0)


@python_benchmark(args=(20000, 3000, 8, 6), cases=[(0, 3, 4, 1), (1, 2, 1, 2), (50, 10, 2, 3), (500, 40, 1, 4), (5, 5, 0, 5)])
def quadtree_point_counting(n_points: int, n_queries: int, capacity: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (nodes, depth, answer checksum, first 8 answers); capacity >= 1."""
    if capacity < 1:
        raise ValueError("capacity must be positive")
    root = QuadNode(0, 0, 1024)
    nodes = 1
    state = seed & 0x7FFFFFFF
    for _ in range(n_points):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = (state >> 8) % 1024
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        y = ((state >> 8) % 1024 + x // 3) % 1024
        nodes += _insert(root, x, y, capacity)
    checksum = 0
    first = []
    for _ in range(n_queries):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x1 = (state >> 8) % 1024
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        y1 = (state >> 8) % 1024
        w = 1 + (state >> 4) % 200
        answer = _count(root, x1, y1, x1 + w, y1 + w)
        checksum = (checksum * 1009 + answer) % 1000000007
        if len(first) < 8:
            first.append(answer)
    return nodes, _depth(root), checksum, first
