"""Tournament sort: repeatedly take the winner of a knockout tree.

The leaves hold the values (padded with +infinity to a power of two); every internal
node stores the index of the smaller child. After the overall winner is output, its
leaf is set to infinity and only the matches on its path are replayed. Returns the
number of replayed matches, a checksum and samples.

Keywords: tournament sort, winner tree, knockout, selection, binary tree
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(30000, 41), cases=[(0, 1), (1, 1), (3, 2), (64, 3), (-2, 5)])
def tournament_tree_sort(n: int, seed: int) -> Tuple[int, int, List[int]]:
    """Tournament-sort n LCG values; return (matches replayed, checksum, samples)."""
    state = seed & 0x7FFFFFFF
    values = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append(state % 999983)
    if not values:
        return 0, 0, []
    width = 1
    while width < len(values):
        width *= 2
    inf = float("inf")
    leaves = values + [inf] * (width - len(values))
    tree = [0] * width + list(range(width))
    for node in range(width - 1, 0, -1):
        a, b = tree[2 * node], tree[2 * node + 1]
        tree[node] = a if leaves[a] <= leaves[b] else b
    ordered = []
    matches = 0
    for _ in range(len(values)):
        winner = tree[1]
        ordered.append(leaves[winner])
        leaves[winner] = inf
        node = (winner + width) // 2
        while node >= 1:
            a, b = tree[2 * node], tree[2 * node + 1]
            tree[node] = a if leaves[a] <= leaves[b] else b
            matches += 1
            node //= 2
    checksum = sum((i % 101) * v for i, v in enumerate(ordered)) % 1000000007
    step = max(1, len(ordered) // 10)
    return matches, checksum, ordered[::step]
