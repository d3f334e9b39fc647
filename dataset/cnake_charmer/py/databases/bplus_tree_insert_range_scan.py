"""Build a B+-tree by repeated insertion with node splits, then answer range scans.

Keys arrive in random order; each insert descends the tree, adds the key to a leaf (or
adds to the value of an existing key) and splits overfull leaves and internal nodes on
the way back up, growing a new root when the old one splits. Range queries descend to
the leaf holding the lower bound and follow the leaf chain to the upper bound. Returns
the tree height, split counts, leaf count, distinct keys, a checksum of the per-query
sums and hit counts, the leaves touched by all scans and sample keys in order.

Keywords: databases, b+ tree, index, node split, range scan, leaf chain, bisect
"""

from bisect import bisect_left, bisect_right
from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

M64 = 0xFFFFFFFFFFFFFFFF
MOD = 1_000_000_007


class Leaf:
    __slots__ = ("keys", "values", "next")

    def __init__(self, keys: List[int], values: List[int], nxt: "Optional[Leaf]") -> None:
        self.keys = keys
        self.values = values
        self.next = nxt


class Internal:
    __slots__ = ("keys", "children")

    def __init__(self, keys: List[int], children: list) -> None:
        self.keys = keys
        self.children = children


@python_benchmark(args=(90000, 32, 3000, 11), cases=[(0, 4, 5, 1), (1, 3, 3, 2), (40, 3, 20, 3), (2000, 5, 200, 4), (500, 64, 50, 5)])
def bplus_tree_insert_range_scan(n: int, order: int, queries: int, seed: int) -> Tuple[int, int, int, int, int, int, int, List[int]]:
    """Return (height, leaf splits, internal splits, leaves, keys, scan checksum, leaves touched, samples)."""
    state = seed & M64

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & M64
        return (state >> 33) % k

    leaf_splits = internal_splits = 0

    def insert(node, key: int, value: int):
        """Insert below node; return (separator, new right sibling) if node split."""
        nonlocal leaf_splits, internal_splits
        if isinstance(node, Leaf):
            i = bisect_left(node.keys, key)
            if i < len(node.keys) and node.keys[i] == key:
                node.values[i] += value
                return None
            node.keys.insert(i, key)
            node.values.insert(i, value)
            if len(node.keys) <= order:
                return None
            mid = len(node.keys) // 2
            right = Leaf(node.keys[mid:], node.values[mid:], node.next)
            del node.keys[mid:]
            del node.values[mid:]
            node.next = right
            leaf_splits += 1
            return right.keys[0], right
        i = bisect_right(node.keys, key)
        split = insert(node.children[i], key, value)
        if split is None:
            return None
        separator, right = split
        node.keys.insert(i, separator)
        node.children.insert(i + 1, right)
        if len(node.keys) <= order:
            return None
        mid = len(node.keys) // 2
        up = node.keys[mid]
        sibling = Internal(node.keys[mid + 1:], node.children[mid + 1:])
        del node.keys[mid:]
        del node.children[mid + 1:]
        internal_splits += 1
        return up, sibling

    key_space = 4 * n + 1
    root = Leaf([], [], None)
    height = 1
    for _ in range(n):
        key = draw(key_space)
        split = insert(root, key, 1 + draw(1000))
        if split is not None:
            root = Internal([split[0]], [root, split[1]])
            height += 1

    span = max(1, key_space // 400)
    checksum = 0
    touched = 0
    for _ in range(queries):
        lo = draw(key_space)
        hi = lo + draw(span)
        leaf = root
        while isinstance(leaf, Internal):
            leaf = leaf.children[bisect_right(leaf.keys, lo)]
        i = bisect_left(leaf.keys, lo)
        total = hits = 0
        while leaf is not None:
            touched += 1
            keys = leaf.keys
            while i < len(keys) and keys[i] <= hi:
                total += leaf.values[i]
                hits += 1
                i += 1
            if i < len(keys):
                break
            leaf = leaf.next
            i = 0
        checksum = (checksum * 1000003 + total * 31 + hits) % MOD

    leftmost = root
    while isinstance(leftmost, Internal):
        leftmost = leftmost.children[0]
    all_keys: List[int] = []
    leaves = 0
    while leftmost is not None:
        leaves += 1
        all_keys.extend(leftmost.keys)
        leftmost = leftmost.next
    samples = all_keys[::max(1, len(all_keys) // 8)]
    return height, leaf_splits, internal_splits, leaves, len(all_keys), checksum, touched, samples
