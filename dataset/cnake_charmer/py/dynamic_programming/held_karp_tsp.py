"""Exact travelling-salesman tour by Held-Karp bitmask dynamic programming.

City coordinates come from a seeded LCG and distances are Manhattan. The DP over
(visited set, last city) starts at city 0 and relaxes forward to every unvisited city;
the cheapest closed tour and its visiting order (first-found on ties) are returned.

Keywords: dynamic programming, tsp, held-karp, bitmask dp, travelling salesman, subsets
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(13, 61), cases=[(0, 1), (1, 2), (2, 3), (5, 4)])
def held_karp_tsp(n: int, seed: int) -> Tuple[int, List[int]]:
    """Return (tour length, tour as a city list starting at 0)."""
    if n <= 0:
        return (0, [])
    state = seed & 0x7FFFFFFF
    points = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = (state >> 8) % 1000
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        points.append((x, (state >> 8) % 1000))
    dist = [[abs(ax - bx) + abs(ay - by) for bx, by in points] for ax, ay in points]
    full = 1 << n
    INF = float("inf")
    cost = [[INF] * n for _ in range(full)]
    parent = [[-1] * n for _ in range(full)]
    cost[1][0] = 0
    for mask in range(1, full, 2):
        row = cost[mask]
        for last in range(n):
            here = row[last]
            if here == INF:
                continue
            for nxt in range(n):
                if mask >> nxt & 1:
                    continue
                nmask = mask | (1 << nxt)
                value = here + dist[last][nxt]
                if value < cost[nmask][nxt]:
                    cost[nmask][nxt] = value
                    parent[nmask][nxt] = last
    best, end = INF, 0
    for last in range(n):
        value = cost[full - 1][last] + dist[last][0]
        if value < best:
            best, end = value, last
    tour = []
    mask, city = full - 1, end
    while city != -1:
        tour.append(city)
        mask, city = mask ^ (1 << city), parent[mask][city]
    tour.reverse()
    return (int(best), tour)
