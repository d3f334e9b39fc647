"""Build a Cartesian tree in linear time and measure its shape.

A Cartesian tree is heap-ordered on values (min at the root) and in-order equal to
the array. Building it with a stack of the current right spine takes O(n). The depth
profile of a random array's tree matches that of a random binary search tree. Returns
the root index, the height, the sum of depths and the parent indices of the first
elements.

Keywords: Cartesian tree, stack construction, treap shape, tree depth, linear time
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(200000, 12), cases=[(0, 1), (1, 2), (2, 3), (15, 4)])
def cartesian_tree_depths(n: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (root index or -1, height, sum of depths, parents of the first 10 nodes)."""
    state = seed & 0x7FFFFFFF
    values = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append((state >> 6) % 100000)
    parent = [-1] * n
    left = [-1] * n
    right = [-1] * n
    spine: List[int] = []
    for i, v in enumerate(values):
        last = -1
        while spine and values[spine[-1]] > v:
            last = spine.pop()
        if last >= 0:
            left[i] = last
            parent[last] = i
        if spine:
            right[spine[-1]] = i
            parent[i] = spine[-1]
        spine.append(i)
    root = spine[0] if spine else -1
    height = total = 0
    if root >= 0:
        frontier = [root]
        depth = 0
        while frontier:
            depth += 1
            total += depth * len(frontier)
            frontier = [c for node in frontier for c in (left[node], right[node]) if c >= 0]
        height = depth
    return root, height, total, parent[:10]
