"""Iterative segment tree answering range-minimum queries with point assignments.

The tree is stored bottom-up in a flat list of size 2n: leaves at n..2n-1, each parent
the minimum of its two children. Assignments update a leaf and its ancestors; a query
walks two boundaries towards the root. Returns a checksum of answers, the number of
queries whose minimum sits at the left end of the range and the first answers.

Keywords: segment tree, range minimum query, point update, bottom-up tree, RMQ
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(30000, 40000, 2), cases=[(1, 4, 1), (7, 0, 2), (33, 50, 3), (500, 300, 4)])
def segment_tree_range_min(n: int, ops: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (answer checksum, left-end minima, first 8 answers); n >= 1."""
    if n < 1:
        raise ValueError("n must be positive")
    state = seed & 0x7FFFFFFF
    values = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append((state >> 4) % 1000000)
    tree = [0] * n + values
    for i in range(n - 1, 0, -1):
        tree[i] = min(tree[2 * i], tree[2 * i + 1])
    checksum = at_left = 0
    first = []
    for _ in range(ops):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = state % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        b = state % n
        if state % 4 == 0:
            i = a + n
            tree[i] = (b * 7919) % 1000000
            i //= 2
            while i >= 1:
                tree[i] = min(tree[2 * i], tree[2 * i + 1])
                i //= 2
            continue
        lo, hi = min(a, b) + n, max(a, b) + n + 1
        left_value = tree[lo]
        best = left_value
        while lo < hi:
            if lo & 1:
                best = min(best, tree[lo])
                lo += 1
            if hi & 1:
                hi -= 1
                best = min(best, tree[hi])
            lo //= 2
            hi //= 2
        checksum = (checksum * 31 + best) % 1000000007
        at_left += best == left_value
        if len(first) < 8:
            first.append(best)
    return checksum, at_left, first
