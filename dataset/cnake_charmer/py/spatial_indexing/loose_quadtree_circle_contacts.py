"""Contact detection among circles of very different sizes with a loose quadtree.

Each seeded circle is stored in exactly one node: the deepest one (down to MAX_DEPTH)
whose cell is at least as wide as the circle and contains its centre. Because every
node's bounds are loosened by half a cell on each side, a stored circle never sticks
out of its node, so no circle has to be split or duplicated. For each circle the tree
is walked through the nodes whose loose bounds meet its bounding box, and circles with
a larger id are tested exactly in integers. Returns the contact count, an
order-independent pair checksum, exact tests, the most contacts of one circle,
isolated circles and circles stored per depth.

Keywords: spatial indexing, loose quadtree, collision detection, broad phase, circles, hierarchical grid
"""

from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

WORLD_BITS = 16
MAX_DEPTH = 12


class LooseNode:
    __slots__ = ("depth", "ix", "iy", "items", "children")

    def __init__(self, depth: int, ix: int, iy: int) -> None:
        self.depth, self.ix, self.iy = depth, ix, iy
        self.items: List[int] = []
        self.children: List[Optional["LooseNode"]] = [None, None, None, None]

    def loose_bounds(self) -> Tuple[int, int, int, int]:
        s = 1 << (WORLD_BITS - self.depth)
        return self.ix * s - s // 2, self.iy * s - s // 2, (self.ix + 1) * s + s // 2, (self.iy + 1) * s + s // 2


def home_depth(r: int) -> int:
    depth = 0
    while depth < MAX_DEPTH and 2 * r <= 1 << (WORLD_BITS - depth - 1):
        depth += 1
    return depth


def insert(root: LooseNode, i: int, x: int, y: int, depth: int) -> None:
    node = root
    while node.depth < depth:
        shift = WORLD_BITS - node.depth - 1
        k = ((x >> shift) & 1) * 2 + ((y >> shift) & 1)
        if node.children[k] is None:
            node.children[k] = LooseNode(node.depth + 1, node.ix * 2 + (k >> 1), node.iy * 2 + (k & 1))
        node = node.children[k]
    node.items.append(i)


@python_benchmark(args=(6000, 9), cases=[(0, 1), (1, 2), (2, 3), (50, 4), (400, 5)])
def loose_quadtree_circle_contacts(n: int, seed: int) -> Tuple[int, int, int, int, int, List[int]]:
    """Return (contacts, pair checksum, exact tests, most contacts, isolated, circles per depth)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 8) % k

    world = 1 << WORLD_BITS
    circles = []
    for i in range(n):
        x, y = draw(world), draw(world)
        if i % 50 == 0:
            r = 500 + draw(3000)  # a few boulders
        elif i % 7 == 0:
            r = 100 + draw(300)
        else:
            r = 8 + draw(120)
        if i % 97 == 1:
            x, y, r = circles[-1]  # an exact copy of the previous circle
        circles.append((x, y, r))

    root = LooseNode(0, 0, 0)
    per_depth = [0] * (MAX_DEPTH + 1)
    for i, (x, y, r) in enumerate(circles):
        depth = home_depth(r)
        per_depth[depth] += 1
        insert(root, i, x, y, depth)

    contacts = [0] * n
    pairs = checksum = tests = 0

    def collide(node: LooseNode, i: int) -> None:
        nonlocal pairs, checksum, tests
        x, y, r = circles[i]
        x0, y0, x1, y1 = node.loose_bounds()
        if x + r < x0 or x - r >= x1 or y + r < y0 or y - r >= y1:
            return
        for j in node.items:
            if j > i:
                tests += 1
                xj, yj, rj = circles[j]
                if (x - xj) ** 2 + (y - yj) ** 2 < (r + rj) ** 2:
                    pairs += 1
                    contacts[i] += 1
                    contacts[j] += 1
                    checksum = (checksum + i * 1000003 + j * 7919 + i * j) % 1000000007
        for child in node.children:
            if child is not None:
                collide(child, i)

    for i in range(n):
        collide(root, i)
    return pairs, checksum, tests, max(contacts, default=0), sum(1 for c in contacts if c == 0), per_depth
