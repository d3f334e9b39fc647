"""Casting hard sun shadows over a fault-line terrain height map.

The terrain is built with the fault-line algorithm: each seeded line through the map
raises the cells on one side and lowers those on the other. For several suns (a grid
direction and a rational rise per step, all in integers) a cell is in shadow when some cell
further along the sun direction pokes above the sun ray that reaches it. The Python
side marches every cell towards the sun until the ray clears the highest peak.
Returns the shadowed-cell count per sun, the height range, a height-map checksum and
a checksum of the per-cell shadow bit masks.

Keywords: graphics, shadows, height map, terrain, fault line, visibility, ray marching
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

SUNS = ((1, 0, 1, 2), (0, 1, 2, 3), (-1, -1, 1, 1), (1, -1, 3, 4))


@python_benchmark(args=(128, 24, 9), cases=[(0, 3, 1), (1, 5, 2), (2, 0, 3), (17, 6, 4)])
def heightmap_sun_shadows(size: int, faults: int, seed: int) -> Tuple[List[int], int, int, int, int]:
    """Build a size x size fault-line terrain and shade it for the four fixed suns."""
    state = seed & 0x7FFFFFFF

    def rand(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    height = [[0] * size for _ in range(size)]
    for _ in range(faults if size else 0):
        x0, y0, x1, y1 = rand(size), rand(size), rand(size), rand(size)
        if x0 == x1 and y0 == y1:
            x1 += 1
        lift = rand(6) + 1
        for y in range(size):
            row = height[y]
            for x in range(size):
                if (x1 - x0) * (y - y0) - (y1 - y0) * (x - x0) > 0:
                    row[x] += lift
                else:
                    row[x] -= lift
    peak = max((max(row) for row in height), default=0)
    low = min((min(row) for row in height), default=0)
    masks = [[0] * size for _ in range(size)]
    counts = []
    for bit, (dx, dy, rise, run) in enumerate(SUNS):
        shadowed = 0
        for y in range(size):
            for x in range(size):
                h = height[y][x] * run
                k = 1
                cx, cy = x + dx, y + dy
                while 0 <= cx < size and 0 <= cy < size and h + k * rise <= peak * run:
                    if height[cy][cx] * run > h + k * rise:
                        masks[y][x] |= 1 << bit
                        shadowed += 1
                        break
                    k += 1
                    cx += dx
                    cy += dy
        counts.append(shadowed)
    terrain_sum = 0
    mask_sum = 0
    for y in range(size):
        for x in range(size):
            terrain_sum = (terrain_sum * 1009 + height[y][x] + 1000) % 1000000007
            mask_sum = (mask_sum * 17 + masks[y][x]) % 1000000007
    return (counts, low, peak, terrain_sum, mask_sum)
