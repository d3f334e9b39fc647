"""Segment tree with lazy propagation: range add and range sum.

Each node stores the sum of its segment and a pending addition for its children.
Updates and queries touch O(log n) nodes, pushing pending additions down only when
a partially covered node must be split. Returns a checksum of the query answers, the
final total and the first answers.

Keywords: segment tree, lazy propagation, range update, range sum, recursion
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


class LazySegmentTree:
    def __init__(self, n: int) -> None:
        self.n = n
        self.sum = [0] * (4 * n)
        self.lazy = [0] * (4 * n)

    def _apply(self, node: int, length: int, delta: int) -> None:
        self.sum[node] += delta * length
        self.lazy[node] += delta

    def _push(self, node: int, lo: int, hi: int) -> None:
        if self.lazy[node]:
            mid = (lo + hi) // 2
            self._apply(2 * node, mid - lo + 1, self.lazy[node])
            self._apply(2 * node + 1, hi - mid, self.lazy[node])
            self.lazy[node] = 0

    def add(self, node: int, lo: int, hi: int, l: int, r: int, delta: int) -> None:
        if r < lo or hi < l:
            return
        if l <= lo and hi <= r:
            self._apply(node, hi - lo + 1, delta)
            return
        self._push(node, lo, hi)
        mid = (lo + hi) // 2
        self.add(2 * node, lo, mid, l, r, delta)
        self.add(2 * node + 1, mid + 1, hi, l, r, delta)
        self.sum[node] = self.sum[2 * node] + self.sum[2 * node + 1]

    def query(self, node: int, lo: int, hi: int, l: int, r: int) -> int:
        if r < lo or hi < l:
            return 0
        if l <= lo and hi <= r:
            return self.sum[node]
        self._push(node, lo, hi)
        mid = (lo + hi) // 2
        return self.query(2 * node, lo, mid, l, r) + self.query(2 * node + 1, mid + 1, hi, l, r)


@python_benchmark(args=(20000, 6000, 4), cases=[(1, 5, 1), (3, 0, 2), (10, 30, 3), (777, 500, 4)])
def lazy_segment_tree_range_add(n: int, ops: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (answer checksum, final total, first 8 answers); n >= 1."""
    if n < 1:
        raise ValueError("n must be positive")
    tree = LazySegmentTree(n)
    state = seed & 0x7FFFFFFF
    checksum = 0
    first = []
    for _ in range(ops):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = state % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        b = state % n
        lo, hi = min(a, b), max(a, b)
        if (state >> 3) % 2:
            tree.add(1, 0, n - 1, lo, hi, (state >> 5) % 201 - 100)
        else:
            answer = tree.query(1, 0, n - 1, lo, hi)
            checksum = (checksum * 1000003 + answer) % 998244353
            if len(first) < 8:
                first.append(answer)
    return checksum, tree.query(1, 0, n - 1, 0, n - 1), first
