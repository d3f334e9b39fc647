"""Voxel-grid downsampling of a 3-D point cloud through an octree.

Seeded points (a curved surface, a few dense blobs and scattered noise, 16-bit integer
coordinates) are inserted into an octree down to `depth` levels; each leaf voxel
accumulates its points' coordinate sums and is replaced by their (floored) centroid,
as point-cloud libraries do before registration. Returns the voxel count, occupied
nodes per level, a checksum of the centroids in depth-first octant order, the fullest
voxel's population and the first centroids.

Keywords: spatial indexing, octree, voxel grid, point cloud, downsampling, centroid
"""

from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

COORD_BITS = 16


class Octant:
    __slots__ = ("children", "count", "sums")

    def __init__(self) -> None:
        self.children: List[Optional["Octant"]] = [None] * 8
        self.count = 0
        self.sums = [0, 0, 0]


def insert(root: Octant, point: Tuple[int, int, int], depth: int) -> None:
    node = root
    for level in range(depth):
        shift = COORD_BITS - 1 - level
        octant = ((point[0] >> shift) & 1) << 2 | ((point[1] >> shift) & 1) << 1 | ((point[2] >> shift) & 1)
        if node.children[octant] is None:
            node.children[octant] = Octant()
        node = node.children[octant]
    node.count += 1
    for k in range(3):
        node.sums[k] += point[k]


def voxels(node: Octant, level: int, depth: int, per_level: List[int], out: List[Tuple[Tuple[int, int, int], int]]) -> None:
    per_level[level] += 1
    if level == depth:
        out.append((tuple(s // node.count for s in node.sums), node.count))
        return
    for child in node.children:
        if child is not None:
            voxels(child, level + 1, depth, per_level, out)


@python_benchmark(args=(40000, 7, 13), cases=[(0, 3, 1), (1, 4, 2), (5, 0, 3), (40, 16, 4), (2000, 5, 5)])
def octree_voxel_downsample(n: int, depth: int, seed: int) -> Tuple[int, List[int], int, int, List[Tuple[int, int, int]]]:
    """Return (voxels, occupied nodes per level, centroid checksum, fullest voxel, first 4 centroids)."""
    if not 0 <= depth <= COORD_BITS:
        raise ValueError("depth must be between 0 and 16")
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    top = (1 << COORD_BITS) - 1
    blobs = [(draw(top), draw(top), draw(top)) for _ in range(4)]
    root = Octant()
    for i in range(n):
        kind = i % 4
        if kind < 2:  # a bowl-shaped surface z = (x^2 + y^2) / 2^17
            x, y = draw(top), draw(top)
            point = (x, y, min(top, (x * x + y * y) >> 17))
        elif kind == 2:
            bx, by, bz = blobs[draw(4)]
            point = tuple(min(top, max(0, c + draw(3001) - 1500)) for c in (bx, by, bz))
        else:
            point = (draw(top), draw(top), draw(top))
        insert(root, point, depth)
    per_level = [0] * (depth + 1)
    out: List[Tuple[Tuple[int, int, int], int]] = []
    if n > 0:
        voxels(root, 0, depth, per_level, out)
    checksum = 0
    for (cx, cy, cz), count in out:
        checksum = (checksum * 1000003 + cx * 9 + cy * 5 + cz * 3 + count) % 1000000007
    fullest = max((count for _, count in out), default=0)
    return len(out), per_level, checksum, fullest, [c for c, _ in out[:4]]
