"""Stabbing queries on a centred interval tree.

Each node of the tree takes the median endpoint of its intervals as centre, keeps the
intervals containing the centre twice - sorted by start and by decreasing end - and
passes the intervals wholly left or right of it to its two children. A stabbing
query walks one root-to-leaf path, reading each node's list only as far as intervals
still contain the point. Returns the node count and height, an order-sensitive
checksum of the reported ids, the deepest stabbing count, the nodes visited and the
first counts.

Keywords: spatial indexing, interval tree, stabbing query, centred interval tree, median, intervals
"""

from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

Interval = Tuple[int, int, int]  # start, end (inclusive), id


class CentredNode:
    __slots__ = ("center", "by_start", "by_end", "left", "right")

    def __init__(self, intervals: List[Interval]) -> None:
        endpoints = sorted(v for s, e, _ in intervals for v in (s, e))
        self.center = endpoints[len(endpoints) // 2]
        here = [iv for iv in intervals if iv[0] <= self.center <= iv[1]]
        self.by_start = sorted(here, key=lambda iv: (iv[0], iv[2]))
        self.by_end = sorted(here, key=lambda iv: (-iv[1], iv[2]))
        self.left = build([iv for iv in intervals if iv[1] < self.center])
        self.right = build([iv for iv in intervals if iv[0] > self.center])


def build(intervals: List[Interval]) -> Optional[CentredNode]:
    return CentredNode(intervals) if intervals else None


def shape(node: Optional[CentredNode]) -> Tuple[int, int]:
    if node is None:
        return 0, 0
    n1, h1 = shape(node.left)
    n2, h2 = shape(node.right)
    return 1 + n1 + n2, 1 + max(h1, h2)


def stab(root: Optional[CentredNode], q: int) -> Tuple[List[int], int]:
    found: List[int] = []
    visited = 0
    node = root
    while node is not None:
        visited += 1
        if q < node.center:
            for s, _, i in node.by_start:
                if s > q:
                    break
                found.append(i)
            node = node.left
        elif q > node.center:
            for _, e, i in node.by_end:
                if e < q:
                    break
                found.append(i)
            node = node.right
        else:
            found.extend(i for _, _, i in node.by_start)
            break
    return found, visited


@python_benchmark(args=(30000, 8000, 19), cases=[(0, 4, 1), (1, 3, 2), (6, 10, 3), (200, 0, 4), (300, 50, 5)])
def interval_tree_stabbing_queries(n: int, queries: int, seed: int) -> Tuple[int, int, int, int, int, List[int]]:
    """Return (nodes, height, checksum, deepest stab, nodes visited, first 8 counts)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 12) % k

    span = 1000 + 40 * n
    intervals: List[Interval] = []
    for i in range(n):
        start = draw(span)
        length = draw(span // 40) if i % 25 == 0 else draw(400)
        if i % 40 == 1:
            start, length = intervals[-1][0], intervals[-1][1] - intervals[-1][0]  # a duplicate
        intervals.append((start, start + length, i))
    root = build(intervals)
    nodes, height = shape(root)
    checksum = deepest = visited = 0
    first = []
    for t in range(queries):
        found, seen = stab(root, draw(span + 400))
        visited += seen
        deepest = max(deepest, len(found))
        for i in found:
            checksum = (checksum * 1000003 + i + 1) % 1000000007
        if t < 8:
            first.append(len(found))
    return nodes, height, checksum, deepest, visited, first
