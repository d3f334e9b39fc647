"""Nearest neighbours under the Manhattan metric with a vantage-point tree.

A VP-tree needs nothing but a metric: each node picks a (seeded) vantage point among
its items, sorts the others by distance to it, and splits them at the median distance
mu into an inside ball (d < mu) and an outside shell. A query descends into the side
containing it first and enters the other side only when the triangle inequality
cannot rule out a point as close as the best so far. Returns a checksum of (distance,
index) per query, the metric evaluations, the tree height and the first answers.

Keywords: spatial indexing, vp tree, vantage point, metric space, nearest neighbour, manhattan distance
"""

from dataclasses import dataclass
from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

DIM = 8


@dataclass
class VpNode:
    vantage: int
    mu: int
    inside: Optional["VpNode"]
    outside: Optional["VpNode"]


def manhattan(a: Tuple[int, ...], b: Tuple[int, ...]) -> int:
    return sum(abs(x - y) for x, y in zip(a, b))


@python_benchmark(args=(4000, 800, 23), cases=[(0, 3, 1), (1, 2, 2), (2, 4, 3), (40, 20, 4), (500, 0, 5)])
def vp_tree_manhattan_nearest(n: int, queries: int, seed: int) -> Tuple[int, int, int, List[Tuple[int, int]]]:
    """Return (checksum, distance evaluations, tree height, first 6 (distance, index))."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 13) % k

    centres = [tuple(draw(256) for _ in range(DIM)) for _ in range(10)]
    points = []
    for i in range(n):
        if i % 29 == 3:
            points.append(points[-1])  # exact duplicates: ties broken by index
            continue
        c = centres[draw(10)]
        points.append(tuple(c[k] + draw(41) - 20 for k in range(DIM)))

    def build(items: List[int]) -> Tuple[Optional[VpNode], int]:
        if not items:
            return None, 0
        pick = draw(len(items))
        vantage = items[pick]
        rest = sorted((manhattan(points[vantage], points[i]), i) for i in items if i != vantage)
        if not rest:
            return VpNode(vantage, 0, None, None), 1
        mu = rest[len(rest) // 2][0]
        inside, h1 = build([i for d, i in rest if d < mu])
        outside, h2 = build([i for d, i in rest if d >= mu])
        return VpNode(vantage, mu, inside, outside), 1 + max(h1, h2)

    root, height = build(list(range(n)))
    evaluations = 0

    def search(node: Optional[VpNode], q: Tuple[int, ...], best: List[int]) -> None:
        nonlocal evaluations
        if node is None:
            return
        evaluations += 1
        d = manhattan(q, points[node.vantage])
        if (d, node.vantage) < (best[0], best[1]):
            best[0], best[1] = d, node.vantage
        if d < node.mu:
            search(node.inside, q, best)
            if node.mu - d <= best[0]:
                search(node.outside, q, best)
        else:
            search(node.outside, q, best)
            if d - node.mu < best[0]:
                search(node.inside, q, best)

    checksum = 0
    first: List[Tuple[int, int]] = []
    for t in range(queries):
        c = centres[draw(10)]
        q = tuple(c[k] + draw(61) - 30 for k in range(DIM))
        best = [1 << 60, -1]
        search(root, q, best)
        answer = (best[0], best[1]) if best[1] >= 0 else (-1, -1)
        checksum = (checksum * 1000003 + answer[0] * 8191 + answer[1] + 1) % 1000000007
        if t < 6:
            first.append(answer)
    return checksum, evaluations, height, first
