"""Discrete Voronoi diagram: nearest seeded site for every cell of a grid.

Each grid cell is assigned to the closest site (squared Euclidean distance, lowest
index on ties). Returns the cell count of each of the first sites, the number of
cells on region boundaries (a neighbour owned by another site) and a label checksum.

Keywords: geometry, voronoi, nearest site, discrete diagram, brute force, regions
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(160, 140, 24, 9), cases=[(1, 1, 1, 1), (4, 3, 2, 2), (10, 10, 5, 3), (7, 2, 30, 4)])
def voronoi_nearest_site_grid(width: int, height: int, sites: int, seed: int) -> Tuple[List[int], int, int]:
    """Label a width x height grid by its nearest of `sites` seeded sites."""
    state = seed & 0x7FFFFFFF
    sx, sy = [], []
    for _ in range(sites):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        sx.append(state % max(width, 1))
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        sy.append(state % max(height, 1))
    labels = [[min(range(sites), key=lambda k: ((x - sx[k]) ** 2 + (y - sy[k]) ** 2, k)) for x in range(width)]
              for y in range(height)]
    area = [0] * sites
    for row in labels:
        for lab in row:
            area[lab] += 1
    boundary = 0
    for y in range(height):
        for x in range(width):
            lab = labels[y][x]
            if (x + 1 < width and labels[y][x + 1] != lab) or (y + 1 < height and labels[y + 1][x] != lab):
                boundary += 1
    checksum = sum((y * width + x) * lab for y, row in enumerate(labels) for x, lab in enumerate(row)) % 1000000007
    return (area[:8], boundary, checksum)
