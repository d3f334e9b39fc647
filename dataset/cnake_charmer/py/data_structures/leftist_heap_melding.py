"""Leftist heaps: mergeable priority queues with O(log n) meld.

Every node stores its rank (distance to the nearest missing child); merging keeps the
right spine short by swapping children so the left rank is never smaller. Many small
heaps are built, then randomly melded together and interleaved with delete-min
operations. Returns the number of pops, a checksum of popped keys in order, the
sizes of the surviving heaps and the root ranks.

Keywords: leftist heap, mergeable heap, meld, priority queue, rank
"""

from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark


class Node:
    __slots__ = ("key", "left", "right", "rank")

    def __init__(self, key: int) -> None:
        self.key = key
        self.left: Optional["Node"] = None
        self.right: Optional["Node"] = None
        self.rank = 1


def _rank(node: Optional[Node]) -> int:
    return node.rank if node else 0


def meld(a: Optional[Node], b: Optional[Node]) -> Optional[Node]:
    if a is None:
        return b
    if b is None:
        return a
    if b.key < a.key:
        a, b = b, a
    a.right = meld(a.right, b)
    if _rank(a.left) < _rank(a.right):
        a.left, a.right = a.right, a.left
    a.rank = _rank(a.right) + 1
    return a


def _size(node: Optional[Node]) -> int:
    count = 0
    stack = [node] if node else []
    while stack:
        n = stack.pop()
        count += 1
        stack.extend(c for c in (n.left, n.right) if c)
    return count


@python_benchmark(args=(800, 40, 60000, 5), cases=[(0, 3, 10, 1), (1, 1, 5, 2), (3, 0, 10, 3), (10, 4, 50, 4)])
def leftist_heap_melding(heaps: int, per_heap: int, ops: int, seed: int) -> Tuple[int, int, List[int], List[int]]:
    """Return (pops, popped-key checksum, sizes of the first 6 heaps, root ranks of the first 6 heaps)."""
    state = seed & 0x7FFFFFFF
    roots: List[Optional[Node]] = []
    for _ in range(heaps):
        root = None
        for _ in range(per_heap):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            root = meld(root, Node((state >> 6) % 1000000))
        roots.append(root)
    pops = 0
    checksum = 0
    for _ in range(ops if heaps else 0):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        i = (state >> 4) % heaps
        if (state >> 20) % 3:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            j = (state >> 4) % heaps
            if i != j:
                roots[i] = meld(roots[i], roots[j])
                roots[j] = None
        elif roots[i] is not None:
            top = roots[i]
            checksum = (checksum * 1000003 + top.key) % 998244353
            roots[i] = meld(top.left, top.right)
            pops += 1
        else:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            roots[i] = Node((state >> 6) % 1000000)
    return pops, checksum, [_size(r) for r in roots[:6]], [_rank(r) for r in roots[:6]]
