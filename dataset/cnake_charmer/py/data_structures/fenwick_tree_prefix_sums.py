"""Fenwick (binary indexed) tree serving interleaved updates and range sums.

A stream of operations either adds a delta at a position or asks for the sum over a
range; both cost O(log n) by walking the implicit tree with i & -i. Returns the
checksum of all query answers, the largest answer and the first answers.

Keywords: Fenwick tree, binary indexed tree, prefix sums, range query, point update
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


class FenwickTree:
    def __init__(self, n: int) -> None:
        self.n = n
        self.tree = [0] * (n + 1)

    def add(self, i: int, delta: int) -> None:
        i += 1
        while i <= self.n:
            self.tree[i] += delta
            i += i & -i

    def prefix(self, i: int) -> int:
        total = 0
        while i > 0:
            total += self.tree[i]
            i -= i & -i
        return total


@python_benchmark(args=(100000, 80000, 8), cases=[(1, 5, 1), (10, 0, 2), (16, 40, 3), (1000, 500, 4)])
def fenwick_tree_prefix_sums(n: int, ops: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (answer checksum, largest answer, first 8 answers); n >= 1."""
    if n < 1:
        raise ValueError("n must be positive")
    tree = FenwickTree(n)
    state = seed & 0x7FFFFFFF
    checksum = 0
    largest = None
    first = []
    for _ in range(ops):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        kind = state % 3
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = state % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        b = state % n
        if kind:
            tree.add(a, (b % 2001) - 1000)
        else:
            lo, hi = min(a, b), max(a, b)
            answer = tree.prefix(hi + 1) - tree.prefix(lo)
            checksum = (checksum * 1000003 + answer) % 998244353
            largest = answer if largest is None else max(largest, answer)
            if len(first) < 8:
                first.append(answer)
    return checksum, largest if largest is not None else 0, first
