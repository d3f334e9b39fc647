"""Optimal binary search tree with Knuth's root-monotonicity speed-up.

Keys 0..n-1 have integer access frequencies from a seeded LCG. The expected cost of
the best BST over keys i..j-1 is the frequency sum of the range plus the best split;
Knuth showed the optimal root lies between the roots of the two sub-ranges, cutting
the work from cubic to quadratic. The cost, the root key and the tree height follow.

Keywords: dynamic programming, optimal binary search tree, knuth optimization, interval dp
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(500, 23), cases=[(0, 1), (1, 2), (2, 3), (9, 4)])
def optimal_bst_knuth(n: int, seed: int) -> Tuple[int, int, int, int]:
    """Return (minimal weighted cost, root key, tree height, checksum of all sub-range roots)."""
    if n <= 0:
        return (0, -1, 0, 0)
    state = seed & 0x7FFFFFFF
    freq = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        freq.append(1 + (state >> 10) % 1000)
    prefix = [0]
    for f in freq:
        prefix.append(prefix[-1] + f)
    cost = [[0] * (n + 1) for _ in range(n + 1)]
    root = [[0] * (n + 1) for _ in range(n + 1)]
    for i in range(n):
        cost[i][i + 1] = freq[i]
        root[i][i + 1] = i
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length
            best, best_r = None, -1
            for r in range(root[i][j - 1], root[i + 1][j] + 1):
                c = cost[i][r] + cost[r + 1][j]
                if best is None or c < best:
                    best, best_r = c, r
            cost[i][j] = best + prefix[j] - prefix[i]
            root[i][j] = best_r
    height = 0
    stack = [(0, n, 1)]
    while stack:
        i, j, depth = stack.pop()
        if i >= j:
            continue
        height = max(height, depth)
        r = root[i][j]
        stack.append((i, r, depth + 1))
        stack.append((r + 1, j, depth + 1))
    checksum = sum(root[i][j] for i in range(n) for j in range(i + 1, n + 1)) % 1000000007
    return (cost[0][n], root[0][n], height, checksum)
