"""Fixed-radius neighbour search in 4-D with a ball tree.

Seeded points are drawn around a few cluster centres. Each ball-tree node keeps the
centroid of its points and the radius of the smallest centroid-centred ball holding
them; nodes split at the median of the coordinate with the widest spread. A query
ball skips nodes whose ball it cannot reach, takes whole nodes its ball swallows and
tests leaf points exactly with squared integer distances. Returns a checksum of
(count, id sum) per query, node visits, swallowed nodes, exact distance tests and the
first counts.

Keywords: spatial indexing, ball tree, radius query, metric tree, triangle inequality, clustering
"""

import math
from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

DIM = 4
Point = Tuple[int, ...]


class Ball:
    __slots__ = ("center", "radius", "members", "id_sum", "inner", "outer")

    def __init__(self, members: List[Tuple[Point, int]]) -> None:
        self.members = members
        self.center = tuple(sum(p[k] for p, _ in members) / len(members) for k in range(DIM))
        self.radius = max(distance(self.center, p) for p, _ in members)
        self.id_sum = sum(i for _, i in members)
        self.inner: Optional["Ball"] = None
        self.outer: Optional["Ball"] = None


def distance(a, b) -> float:
    s = 0.0
    for x, y in zip(a, b):
        d = x - y
        s += d * d
    return math.sqrt(s)


def build(members: List[Tuple[Point, int]], leaf_size: int) -> Ball:
    node = Ball(members)
    if len(members) > leaf_size:
        spreads = [max(p[k] for p, _ in members) - min(p[k] for p, _ in members) for k in range(DIM)]
        axis = spreads.index(max(spreads))
        ordered = sorted(members, key=lambda m: (m[0][axis], m[1]))
        half = len(ordered) // 2
        node.inner = build(ordered[:half], leaf_size)
        node.outer = build(ordered[half:], leaf_size)
    return node


@python_benchmark(args=(8000, 350, 90, 11), cases=[(0, 4, 10, 1), (1, 3, 2000, 2), (12, 5, 300, 3), (400, 0, 50, 4), (300, 20, 0, 5)])
def ball_tree_radius_neighbors(n: int, queries: int, radius: int, seed: int) -> Tuple[int, int, int, int, List[int]]:
    """Return (checksum, nodes visited, nodes taken whole, distance tests, first 8 counts)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 10) % k

    centres = [tuple(draw(1000) for _ in range(DIM)) for _ in range(12)]
    points = []
    for i in range(n):
        c = centres[draw(12)]
        points.append((tuple(min(999, max(0, c[k] + draw(161) - 80)) for k in range(DIM)), i))
    root = build(points, 6) if points else None
    r2 = radius * radius
    visits = swallowed = tests = 0

    def search(node: Ball, q: Point) -> Tuple[int, int]:
        nonlocal visits, swallowed, tests
        visits += 1
        gap = distance(q, node.center)
        if gap - node.radius > radius:
            return 0, 0
        if gap + node.radius <= radius:
            swallowed += 1
            return len(node.members), node.id_sum
        if node.inner is None:
            count = id_sum = 0
            for p, i in node.members:
                tests += 1
                if sum((a - b) * (a - b) for a, b in zip(p, q)) <= r2:
                    count += 1
                    id_sum += i
            return count, id_sum
        c1, s1 = search(node.inner, q)
        c2, s2 = search(node.outer, q)
        return c1 + c2, s1 + s2

    checksum = 0
    first = []
    for t in range(queries):
        c = centres[draw(12)]
        q = tuple(c[k] + draw(201) - 100 for k in range(DIM))
        count, id_sum = search(root, q) if root else (0, 0)
        checksum = (checksum * 1000003 + count * 65537 + id_sum) % 1000000007
        if t < 8:
            first.append(count)
    return checksum, visits, swallowed, tests, first
