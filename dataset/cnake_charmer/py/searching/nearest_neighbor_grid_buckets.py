"""Nearest-neighbour queries answered with a uniform grid of buckets.

Points with integer coordinates in [0, 1000) are hashed into square cells. A query
examines rings of cells around its own cell, widening until the best squared distance
found cannot be beaten by any farther ring. Ties go to the lower point index. Returns
the sum of nearest squared distances, the number of distance evaluations and the
first answers.

Keywords: nearest neighbour, spatial hashing, grid buckets, ring search, geometry
"""

from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(20000, 4000, 25, 3), cases=[(1, 1, 10, 1), (0, 3, 10, 2), (50, 20, 100, 3), (300, 40, 7, 4), (5, 5, 0, 1)])
def nearest_neighbor_grid_buckets(n_points: int, n_queries: int, cell: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (sum of squared NN distances, distance evaluations, first 10 NN indices); cell >= 1."""
    if cell < 1:
        raise ValueError("cell size must be positive")
    state = seed & 0x7FFFFFFF
    span = (999 // cell) + 1
    points = []
    grid: Dict[Tuple[int, int], List[int]] = {}
    for idx in range(n_points):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = (state >> 8) % 1000
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        y = (state >> 8) % 1000
        points.append((x, y))
        grid.setdefault((x // cell, y // cell), []).append(idx)
    total = evaluations = 0
    answers = []
    for _ in range(n_queries):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        qx = (state >> 8) % 1000
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        qy = (state >> 8) % 1000
        cx, cy = qx // cell, qy // cell
        best, best_idx = -1, -1
        ring = 0
        while ring <= span:
            for gx in range(cx - ring, cx + ring + 1):
                for gy in range(cy - ring, cy + ring + 1):
                    if max(abs(gx - cx), abs(gy - cy)) != ring:
                        continue
                    for idx in grid.get((gx, gy), ()):
                        px, py = points[idx]
                        d = (px - qx) ** 2 + (py - qy) ** 2
                        evaluations += 1
                        if best < 0 or d < best or (d == best and idx < best_idx):
                            best, best_idx = d, idx
            if best >= 0 and best <= (ring * cell) ** 2:
                break
            ring += 1
        if best >= 0:
            total += best
        if len(answers) < 10:
            answers.append(best_idx)
    return total, evaluations, answers
