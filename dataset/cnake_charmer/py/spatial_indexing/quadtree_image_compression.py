"""Region-quadtree compression of a synthetic greyscale image.

A seeded image (a shallow gradient, a few flat discs and a band of noise) is split
recursively into quadrants; a square block becomes a leaf, stored as its mean grey
level, when its brightest and darkest pixels differ by at most `threshold`. Returns
the leaf count, leaves per depth, the squared reconstruction error, a checksum of the
leaves in quadrant order and the first leaves.

Keywords: spatial indexing, quadtree, region quadtree, image compression, homogeneity, recursion
"""

from dataclasses import dataclass
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@dataclass
class Leaf:
    x: int
    y: int
    size: int
    depth: int
    mean: int


def make_image(side: int, seed: int) -> List[List[int]]:
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    image = [[min(255, (x * 3 + y * 5) * 64 // side) for x in range(side)] for y in range(side)]
    for _ in range(6):
        cx, cy, r, level = draw(side), draw(side), 4 + draw(max(1, side // 4)), draw(256)
        for y in range(max(0, cy - r), min(side, cy + r + 1)):
            for x in range(max(0, cx - r), min(side, cx + r + 1)):
                if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
                    image[y][x] = level
    for y in range(side // 3, side // 2):  # a noisy band that forces deep splits
        row = image[y]
        for x in range(side):
            row[x] = min(255, row[x] + draw(24))
    return image


def compress(image: List[List[int]], x: int, y: int, size: int, depth: int, threshold: int, leaves: List[Leaf]) -> None:
    block = [v for row in image[y:y + size] for v in row[x:x + size]]
    if max(block) - min(block) <= threshold or size == 1:
        leaves.append(Leaf(x, y, size, depth, sum(block) // len(block)))
        return
    half = size // 2
    for dy, dx in ((0, 0), (0, half), (half, 0), (half, half)):
        compress(image, x + dx, y + dy, half, depth + 1, threshold, leaves)


@python_benchmark(args=(512, 6, 7), cases=[(1, 0, 1), (2, 0, 2), (8, 3, 3), (16, 255, 4), (64, 0, 5), (12, 4, 6)])
def quadtree_image_compression(side: int, threshold: int, seed: int) -> Tuple[int, List[int], int, int, List[Tuple[int, int, int, int]]]:
    """Return (leaves, leaves per depth, squared error, checksum, first 5 leaves (x, y, size, mean))."""
    if side < 1 or side & (side - 1):
        raise ValueError("side must be a power of two")
    image = make_image(side, seed)
    leaves: List[Leaf] = []
    compress(image, 0, 0, side, 0, threshold, leaves)
    per_depth = [0] * (side.bit_length())
    error = 0
    checksum = 0
    for leaf in leaves:
        per_depth[leaf.depth] += 1
        for row in image[leaf.y:leaf.y + leaf.size]:
            for v in row[leaf.x:leaf.x + leaf.size]:
                error += (v - leaf.mean) ** 2
        checksum = (checksum * 257 + leaf.mean * 31 + leaf.size) % 1000000007
    return len(leaves), per_depth, error, checksum, [(l.x, l.y, l.size, l.mean) for l in leaves[:5]]
