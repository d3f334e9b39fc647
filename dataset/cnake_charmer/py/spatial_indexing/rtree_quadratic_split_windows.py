"""Guttman R-tree built by insertion with the quadratic split, then window queries.

Seeded rectangles are inserted one at a time: ChooseLeaf follows the child whose
bounding box grows least (then the smaller box), an overflowing node (more than
MAX_ENTRIES) is split by the quadratic method - the two entries wasting the most area
seed two groups, then the entry with the strongest preference is assigned next, while
keeping at least MIN_ENTRIES per group - and splits propagate to the root. Window
queries report the intersecting rectangles in traversal order. Returns the tree
height and node count, an order-sensitive checksum of the query hits, the nodes
visited and the first hit counts.

Keywords: spatial indexing, r-tree, quadratic split, bounding rectangles, window query, guttman
"""

from typing import List, Optional, Tuple, Union

from cnake_charmer.benchmarks import python_benchmark

MAX_ENTRIES = 8
MIN_ENTRIES = 3
Rect = Tuple[int, int, int, int]


class RNode:
    def __init__(self, leaf: bool, entries: list) -> None:
        self.leaf = leaf
        self.entries: List[Tuple[Rect, Union[int, "RNode"]]] = entries

    def bounds(self) -> Rect:
        return union_all(r for r, _ in self.entries)


def area(r: Rect) -> int:
    return (r[2] - r[0]) * (r[3] - r[1])


def union(a: Rect, b: Rect) -> Rect:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def union_all(rects) -> Rect:
    it = iter(rects)
    box = next(it)
    for r in it:
        box = union(box, r)
    return box


def growth(box: Rect, r: Rect) -> int:
    return area(union(box, r)) - area(box)


def quadratic_split(node: RNode) -> RNode:
    entries = node.entries
    worst = None
    for i in range(len(entries)):
        for j in range(i + 1, len(entries)):
            waste = area(union(entries[i][0], entries[j][0])) - area(entries[i][0]) - area(entries[j][0])
            if worst is None or waste > worst[0]:
                worst = (waste, i, j)
    _, s1, s2 = worst
    group1, group2 = [entries[s1]], [entries[s2]]
    box1, box2 = entries[s1][0], entries[s2][0]
    rest = [e for k, e in enumerate(entries) if k not in (s1, s2)]
    while rest:
        if len(group1) + len(rest) == MIN_ENTRIES:
            group1.extend(rest)
            break
        if len(group2) + len(rest) == MIN_ENTRIES:
            group2.extend(rest)
            break
        pick = max(range(len(rest)), key=lambda k: (abs(growth(box1, rest[k][0]) - growth(box2, rest[k][0])), -k))
        entry = rest.pop(pick)
        g1, g2 = growth(box1, entry[0]), growth(box2, entry[0])
        if (g1, area(box1), len(group1)) <= (g2, area(box2), len(group2)):
            group1.append(entry)
            box1 = union(box1, entry[0])
        else:
            group2.append(entry)
            box2 = union(box2, entry[0])
    node.entries = group1
    return RNode(node.leaf, group2)


def insert(node: RNode, rect: Rect, rid: int) -> Optional[RNode]:
    """Insert below node; return the new sibling when node had to split."""
    if node.leaf:
        node.entries.append((rect, rid))
    else:
        k = min(range(len(node.entries)), key=lambda i: (growth(node.entries[i][0], rect), area(node.entries[i][0]), i))
        child = node.entries[k][1]
        sibling = insert(child, rect, rid)
        node.entries[k] = (child.bounds(), child)
        if sibling is not None:
            node.entries.append((sibling.bounds(), sibling))
    if len(node.entries) > MAX_ENTRIES:
        return quadratic_split(node)
    return None


def window(node: RNode, w: Rect, hits: List[int]) -> int:
    visited = 1
    for r, item in node.entries:
        if r[0] <= w[2] and w[0] <= r[2] and r[1] <= w[3] and w[1] <= r[3]:
            if node.leaf:
                hits.append(item)
            else:
                visited += window(item, w, hits)
    return visited


def count_nodes(node: RNode) -> int:
    return 1 if node.leaf else 1 + sum(count_nodes(child) for _, child in node.entries)


@python_benchmark(args=(5000, 2500, 7), cases=[(0, 3, 1), (1, 2, 2), (9, 4, 3), (40, 10, 4), (300, 0, 5)])
def rtree_quadratic_split_windows(n: int, queries: int, seed: int) -> Tuple[int, int, int, int, List[int]]:
    """Return (height, nodes, hit checksum, nodes visited, first 8 hit counts)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 9) % k

    side = min(10000, 300 + 2 * n)  # small inputs stay dense enough to overlap
    root = RNode(True, [])
    for rid in range(n):
        x, y = draw(side), draw(side)
        if rid % 13 == 5:
            x, y = side // 2, side // 2  # a stack of identical corners
        rect = (x, y, x + 1 + draw(150), y + 1 + draw(150))
        sibling = insert(root, rect, rid)
        if sibling is not None:
            root = RNode(False, [(root.bounds(), root), (sibling.bounds(), sibling)])
    height = 1
    node = root
    while not node.leaf:
        node = node.entries[0][1]
        height += 1
    checksum = 0
    visited = 0
    first = []
    for q in range(queries):
        x, y = draw(side), draw(side)
        hits: List[int] = []
        visited += window(root, (x, y, x + draw(700), y + draw(700)), hits)
        for h in hits:
            checksum = (checksum * 31 + h + 1) % 1000000007
        if q < 8:
            first.append(len(hits))
    return height, count_nodes(root), checksum, visited, first
