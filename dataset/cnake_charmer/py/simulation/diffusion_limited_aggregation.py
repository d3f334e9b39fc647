"""Diffusion-limited aggregation (DLA) cluster growth on a lattice.

A seed particle sits at the centre. Walkers are released on a circle just outside the
cluster, random-walk on the lattice (seeded LCG) and stick when they touch the
cluster; walkers straying too far are relaunched. The result is a fractal tree.
Returns the cluster size, its radius, the number of walk steps taken and the count of
stuck particles per quadrant.

Keywords: simulation, diffusion limited aggregation, dla, fractal growth, random walk
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(600, 2), cases=[(0, 1), (1, 1), (5, 3), (20, 4)])
def diffusion_limited_aggregation(particles: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Grow a DLA cluster of `particles` walkers."""
    size = 201
    c = size // 2
    grid = [[False] * size for _ in range(size)]
    grid[c][c] = True
    radius = 1
    state = seed & 0x7FFFFFFF
    walk_steps = 0
    quadrants = [0, 0, 0, 0]
    moves = ((1, 0), (-1, 0), (0, 1), (0, -1))
    for _ in range(particles):
        if radius + 8 >= c:
            break
        stuck = False
        while not stuck:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            ang = state / 2147483648.0 * 2 * math.pi
            x = c + int(math.floor((radius + 3) * math.cos(ang)))
            y = c + int(math.floor((radius + 3) * math.sin(ang)))
            while True:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                dx, dy = moves[(state >> 16) & 3]
                x += dx
                y += dy
                walk_steps += 1
                if (x - c) ** 2 + (y - c) ** 2 > (radius + 6) ** 2:
                    break
                if grid[y + 1][x] or grid[y - 1][x] or grid[y][x + 1] or grid[y][x - 1]:
                    grid[y][x] = True
                    r = int(math.ceil(math.sqrt((x - c) ** 2 + (y - c) ** 2)))
                    radius = max(radius, r)
                    quadrants[(x >= c) + 2 * (y >= c)] += 1
                    stuck = True
                    break
    size_total = sum(row.count(True) for row in grid)
    return (size_total, radius, walk_steps, quadrants)
