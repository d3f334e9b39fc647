"""k nearest neighbours of 3-D points with a k-d tree and a bounded max-heap.

Seeded integer points in a cube are split at the median along x, y and z in turn
(ties by index). Each query walks down the near side first and keeps its k best
candidates in a max-heap keyed by (squared distance, index); a far subtree is entered
only while the heap is not full or the splitting plane is no farther than the current
k-th neighbour. Returns a checksum of every neighbour list, the summed k-th distances,
the number of nodes visited and the neighbour list of the first query.

Keywords: spatial indexing, kd tree, k nearest neighbours, bounded heap, branch and bound, 3-d points
"""

import heapq
from dataclasses import dataclass
from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

Point = Tuple[int, int, int]


@dataclass
class KdNode:
    point: Point
    index: int
    axis: int
    left: Optional["KdNode"]
    right: Optional["KdNode"]


def _build(items: List[Tuple[Point, int]], depth: int) -> Optional[KdNode]:
    if not items:
        return None
    axis = depth % 3
    items.sort(key=lambda item: (item[0][axis], item[1]))
    mid = len(items) // 2
    point, index = items[mid]
    return KdNode(point, index, axis, _build(items[:mid], depth + 1), _build(items[mid + 1:], depth + 1))


def _k_nearest(root: Optional[KdNode], query: Point, k: int) -> Tuple[List[Tuple[int, int]], int]:
    heap: List[Tuple[int, int]] = []  # (-distance, -index): the worst candidate on top
    visited = 0

    def visit(node: Optional[KdNode]) -> None:
        nonlocal visited
        if node is None:
            return
        visited += 1
        d = sum((a - b) ** 2 for a, b in zip(node.point, query))
        if len(heap) < k:
            heapq.heappush(heap, (-d, -node.index))
        elif (d, node.index) < (-heap[0][0], -heap[0][1]):
            heapq.heapreplace(heap, (-d, -node.index))
        diff = query[node.axis] - node.point[node.axis]
        near, far = (node.left, node.right) if diff < 0 else (node.right, node.left)
        visit(near)
        if len(heap) < k or diff * diff <= -heap[0][0]:
            visit(far)

    if k > 0:
        visit(root)
    return sorted((-d, -i) for d, i in heap), visited


@python_benchmark(args=(10000, 1000, 8, 11), cases=[(0, 3, 2, 1), (1, 2, 3, 2), (6, 4, 10, 3), (30, 5, 0, 4), (200, 30, 5, 5)])
def kd_tree_k_nearest_heap(n: int, queries: int, k: int, seed: int) -> Tuple[int, int, int, List[Tuple[int, int]]]:
    """Return (neighbour checksum, sum of k-th distances, nodes visited, first query's list)."""
    state = seed & 0x7FFFFFFF

    def draw() -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 8) % 4096

    points = [((draw(), draw(), draw()), i) for i in range(n)]
    # a few exact duplicates so that distance ties must be broken by index
    for i in range(0, n - 1, 97):
        points[i + 1] = (points[i][0], i + 1)
    root = _build(points, 0)
    checksum = 0
    kth_total = 0
    visited = 0
    first: List[Tuple[int, int]] = []
    for q in range(queries):
        query = (draw(), draw(), draw())
        found, seen = _k_nearest(root, query, k)
        visited += seen
        for d, i in found:
            checksum = (checksum * 1000003 + i * 7 + d) % 1000000007
        if found:
            kth_total += found[-1][0]
        if q == 0:
            first = found
    return checksum, kth_total, visited, first
