"""AVL tree insertion with rotation counting.

Keys are inserted into a height-balanced binary search tree; after each insertion
the path back to the root is rebalanced with single or double rotations whenever a
node's subtrees differ in height by two. Returns the tree height, the numbers of
single and double rotations, and the in-order keys at a few ranks.

Keywords: AVL tree, balanced binary search tree, rotations, height balance, insertion
"""

from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark


class AvlNode:
    __slots__ = ("key", "left", "right", "height")

    def __init__(self, key: int) -> None:
        self.key = key
        self.left: Optional["AvlNode"] = None
        self.right: Optional["AvlNode"] = None
        self.height = 1


def _h(node: Optional[AvlNode]) -> int:
    return node.height if node else 0


def _fix(node: AvlNode) -> None:
    node.height = 1 + max(_h(node.left), _h(node.right))


def _rotate_right(y: AvlNode) -> AvlNode:
    x = y.left
    y.left = x.right
    x.right = y
    _fix(y)
    _fix(x)
    return x


def _rotate_left(x: AvlNode) -> AvlNode:
    y = x.right
    x.right = y.left
    y.left = x
    _fix(x)
    _fix(y)
    return y


def _insert(node: Optional[AvlNode], key: int, stats: List[int]) -> AvlNode:
    if node is None:
        return AvlNode(key)
    if key < node.key:
        node.left = _insert(node.left, key, stats)
    elif key > node.key:
        node.right = _insert(node.right, key, stats)
    else:
        return node
    _fix(node)
    balance = _h(node.left) - _h(node.right)
    if balance > 1:
        if key > node.left.key:
            node.left = _rotate_left(node.left)
            stats[1] += 1
        else:
            stats[0] += 1
        return _rotate_right(node)
    if balance < -1:
        if key < node.right.key:
            node.right = _rotate_right(node.right)
            stats[1] += 1
        else:
            stats[0] += 1
        return _rotate_left(node)
    return node


@python_benchmark(args=(30000, 5), cases=[(0, 1), (1, 2), (3, 3), (100, 4)])
def avl_tree_insert_rotations(n: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (height, single rotations, double rotations, keys at ranks 0, n/4, n/2, last)."""
    root = None
    stats = [0, 0]
    state = seed & 0x7FFFFFFF
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        key = (state >> 3) % 100000 if i % 3 else i * 7
        root = _insert(root, key, stats)
    keys = []
    stack = []
    node = root
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        keys.append(node.key)
        node = node.right
    picks = [keys[i] for i in sorted({0, len(keys) // 4, len(keys) // 2, len(keys) - 1})] if keys else []
    return _h(root), stats[0], stats[1], picks
