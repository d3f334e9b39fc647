"""CART regression tree grown to a fixed depth with variance-reduction splits.

Rows have two integer features in [0, 256) and an integer piecewise target with noise.
Each node tries every threshold between distinct values of each feature and keeps the
split with the smallest total squared error of the two children (ties: lower feature,
lower threshold); growth stops at max_depth or when a child would hold fewer than
min_leaf rows. Returns the leaves in depth-first order as (depth, rows, mean) and the
training mean squared error.

Keywords: regression tree, cart, variance reduction, recursive partitioning, decision tree
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _sse(total: int, total_sq: int, count: int) -> float:
    return total_sq - total * total / count if count else 0.0


@python_benchmark(args=(20000, 5, 10), cases=[(0, 3, 2), (1, 3, 1), (5, 0, 1), (20, 2, 3), (300, 4, 8)])
def regression_tree_depth_limited(n: int, max_depth: int, min_leaf: int) -> Tuple[List[Tuple[int, int, float]], float]:
    """Grow a depth-limited regression tree; return (leaves, training mse)."""
    if n <= 0:
        return [], 0.0
    min_leaf = max(min_leaf, 1)
    state = 3141
    rows = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = state % 256
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        b = state % 256
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        base = 300 if a < 100 else (700 if b < 160 else -200)
        rows.append((a, b, base + (a - b) + state % 200))

    leaves = []
    squared_error = 0.0

    def grow(members: List[Tuple[int, int, int]], depth: int) -> None:
        nonlocal squared_error
        count = len(members)
        total = sum(r[2] for r in members)
        total_sq = sum(r[2] * r[2] for r in members)
        best = None
        if depth < max_depth:
            for f in range(2):
                ordered = sorted(members, key=lambda r: r[f])
                left = left_sq = 0
                for i in range(count - 1):
                    y = ordered[i][2]
                    left += y
                    left_sq += y * y
                    nl = i + 1
                    if ordered[i][f] == ordered[i + 1][f] or nl < min_leaf or count - nl < min_leaf:
                        continue
                    score = _sse(left, left_sq, nl) + _sse(total - left, total_sq - left_sq, count - nl)
                    if best is None or score < best[0]:
                        best = (score, f, ordered[i][f])
        if best is None:
            leaves.append((depth, count, total / count))
            squared_error += _sse(total, total_sq, count)
            return
        _, f, threshold = best
        grow([r for r in members if r[f] <= threshold], depth + 1)
        grow([r for r in members if r[f] > threshold], depth + 1)

    grow(rows, 0)
    return leaves, squared_error / n
