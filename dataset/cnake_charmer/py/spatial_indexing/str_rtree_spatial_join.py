"""Spatial join of two rectangle layers with Sort-Tile-Recursive packed R-trees.

Two seeded layers (small "buildings" and larger "parcels") are bulk-loaded bottom-up
with STR: entries are sorted by centre x, cut into about sqrt(P) vertical slabs, each
slab sorted by centre y and packed into nodes of `capacity` entries; the node boxes
are packed the same way until one root remains. The join descends both trees
together, following only pairs of overlapping boxes. Returns the number of
intersecting pairs, an order-sensitive pair checksum, node pairs visited, the two
tree heights and the first pairs.

Keywords: spatial indexing, r-tree, sort tile recursive, bulk loading, spatial join, rectangles
"""

import math
from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

Rect = Tuple[int, int, int, int]


class Packed:
    __slots__ = ("box", "children", "entries")

    def __init__(self, children: Optional[List["Packed"]], entries: Optional[List[Tuple[Rect, int]]]) -> None:
        self.children = children
        self.entries = entries
        boxes = [c.box for c in children] if children is not None else [r for r, _ in entries]
        self.box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def overlaps(a: Rect, b: Rect) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def str_tiles(items: list, box_of, capacity: int) -> List[list]:
    """Group items (each with a box and a tie-breaking position) into STR tiles."""
    pages = -(-len(items) // capacity)
    slabs = math.isqrt(pages - 1) + 1
    per_slab = slabs * capacity
    by_x = sorted(enumerate(items), key=lambda e: (box_of(e[1])[0] + box_of(e[1])[2], e[0]))
    tiles = []
    for s in range(0, len(by_x), per_slab):
        slab = sorted(by_x[s:s + per_slab], key=lambda e: (box_of(e[1])[1] + box_of(e[1])[3], e[0]))
        for t in range(0, len(slab), capacity):
            tiles.append([item for _, item in slab[t:t + capacity]])
    return tiles


def str_load(rects: List[Rect], capacity: int) -> Tuple[Optional[Packed], int]:
    if not rects:
        return None, 0
    level = [Packed(None, tile) for tile in str_tiles(list(zip(rects, range(len(rects)))), lambda e: e[0], capacity)]
    height = 1
    while len(level) > 1:
        level = [Packed(tile, None) for tile in str_tiles(level, lambda node: node.box, capacity)]
        height += 1
    return level[0], height


def make_layer(count: int, size: int, side: int, draw) -> List[Rect]:
    rects = []
    for _ in range(count):
        x, y = draw(side), draw(side)
        rects.append((x, y, x + 1 + draw(size), y + 1 + draw(size)))
    return rects


@python_benchmark(args=(16000, 12000, 10, 3), cases=[(0, 5, 4, 1), (1, 1, 4, 2), (7, 0, 2, 3), (25, 30, 3, 4), (200, 150, 16, 5)])
def str_rtree_spatial_join(n_buildings: int, n_parcels: int, capacity: int, seed: int) -> Tuple[int, int, int, int, int, List[Tuple[int, int]]]:
    """Return (pairs, checksum, node pairs visited, height A, height B, first 5 pairs)."""
    if capacity < 2:
        raise ValueError("capacity must be at least 2")
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 11) % k

    side = min(200 + 10 * (n_buildings + n_parcels), 15000)
    buildings = make_layer(n_buildings, 90, side, draw)
    parcels = make_layer(n_parcels, 260, side, draw)
    root_a, height_a = str_load(buildings, capacity)
    root_b, height_b = str_load(parcels, capacity)

    pairs: List[Tuple[int, int]] = []
    visits = 0

    def join(a: Packed, b: Packed) -> None:
        nonlocal visits
        visits += 1
        if a.entries is not None and b.entries is not None:
            for ra, ia in a.entries:
                for rb, ib in b.entries:
                    if overlaps(ra, rb):
                        pairs.append((ia, ib))
        elif a.entries is not None:
            for cb in b.children:
                if overlaps(a.box, cb.box):
                    join(a, cb)
        elif b.entries is not None:
            for ca in a.children:
                if overlaps(ca.box, b.box):
                    join(ca, b)
        else:
            for ca in a.children:
                for cb in b.children:
                    if overlaps(ca.box, cb.box):
                        join(ca, cb)

    if root_a is not None and root_b is not None and overlaps(root_a.box, root_b.box):
        join(root_a, root_b)
    checksum = 0
    for ia, ib in pairs:
        checksum = (checksum * 1000003 + ia * 65536 + ib) % 1000000007
    return len(pairs), checksum, visits, height_a, height_b, pairs[:5]
