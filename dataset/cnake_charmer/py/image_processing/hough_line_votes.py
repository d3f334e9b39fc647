"""Hough transform for straight lines on a synthetic edge map.

Edge pixels are drawn along a few known lines plus seeded clutter; every edge pixel
votes for all (rho, theta) cells through it, with theta sampled in 180 steps. Returns
the three strongest cells (rho index, theta index, votes) and the number of edge pixels.

Keywords: image processing, hough transform, line detection, accumulator, voting
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(160, 120, 400, 3), cases=[(0, 0, 5, 1), (1, 1, 0, 1), (10, 8, 3, 2), (30, 20, 0, 4)])
def hough_line_votes(width: int, height: int, clutter: int, seed: int) -> Tuple[List[Tuple[int, int, int]], int]:
    """Vote edge pixels into a (rho, theta) accumulator and report the peaks."""
    if width <= 0 or height <= 0:
        return ([], 0)
    edges = set()
    for x in range(width):
        edges.add((x, (x * 2) // 3 % height))
        edges.add((x, height // 2))
    for y in range(height):
        edges.add((width // 3, y))
    state = seed & 0x7FFFFFFF
    for _ in range(clutter):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        ex = state % width
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        edges.add((ex, state % height))
    n_theta = 180
    diag = int(math.ceil(math.hypot(width, height)))
    n_rho = 2 * diag + 1
    cosines = [math.cos(math.pi * t / n_theta) for t in range(n_theta)]
    sines = [math.sin(math.pi * t / n_theta) for t in range(n_theta)]
    acc = [[0] * n_theta for _ in range(n_rho)]
    for x, y in sorted(edges):
        for t in range(n_theta):
            rho = int(math.floor(x * cosines[t] + y * sines[t] + 0.5)) + diag
            acc[rho][t] += 1
    cells = sorted(((acc[r][t], -r, -t) for r in range(n_rho) for t in range(n_theta)), reverse=True)[:3]
    return ([(-r, -t, v) for v, r, t in cells], len(edges))
