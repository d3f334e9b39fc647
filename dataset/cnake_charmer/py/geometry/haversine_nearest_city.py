"""Nearest neighbour on the sphere by haversine great-circle distance.

Seeded latitude/longitude pairs stand in for cities; for each one the nearest other
city is found by brute force with the haversine formula. Returns a checksum of the
nearest indices, the largest nearest-neighbour distance (km) and the first matches.

Keywords: geometry, haversine, great circle, spherical distance, nearest neighbour
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(450, 12), cases=[(1, 1), (2, 2), (5, 3), (30, 4)])
def haversine_nearest_city(n: int, seed: int) -> Tuple[int, float, List[int]]:
    """For each of n seeded cities find the nearest other city."""
    state = seed & 0x7FFFFFFF
    lat, lon = [], []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        lat.append(math.radians((state % 1800000) / 10000.0 - 90.0))
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        lon.append(math.radians((state % 3600000) / 10000.0 - 180.0))
    radius = 6371.0
    nearest = []
    worst = 0.0
    for i in range(n):
        best_j, best_d = -1, float("inf")
        for j in range(n):
            if i == j:
                continue
            a = math.sin((lat[j] - lat[i]) / 2) ** 2 + math.cos(lat[i]) * math.cos(lat[j]) * math.sin((lon[j] - lon[i]) / 2) ** 2
            d = 2 * radius * math.asin(math.sqrt(min(1.0, a)))
            if d < best_d:
                best_j, best_d = j, d
        nearest.append(best_j)
        if best_j >= 0:
            worst = max(worst, best_d)
    checksum = sum((i + 1) * (j + 2) for i, j in enumerate(nearest)) % 1000000007
    return (checksum, worst, nearest[:8])
