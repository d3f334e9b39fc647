"""Vehicle routing by the Clarke-Wright savings heuristic.

Customers with LCG-drawn positions and demands are served from a central depot by
vehicles of fixed capacity. Every customer starts on its own out-and-back route;
pairs are considered in decreasing order of the saving d(0,i) + d(0,j) - d(i,j) and
two routes are merged when i and j are route ends and the load fits. The pair
returns the number of routes, the total distance and the sorted route loads.

Keywords: optimization, vehicle routing, clarke wright, savings heuristic, logistics
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(320, 100, 7), cases=[(0, 50, 1), (1, 10, 2), (6, 30, 3), (10, 5, 4)], tolerance=1e-9)
def clarke_wright_savings_routes(customers: int, capacity: int, seed: int) -> Tuple[int, float, List[int]]:
    """Return (number of routes, total route length, sorted route loads)."""
    state = seed & 0x7FFFFFFF

    def draw() -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state >> 8

    pts = [(50.0, 50.0)] + [(float(draw() % 101), float(draw() % 101)) for _ in range(customers)]
    demand = [0] + [1 + draw() % 20 for _ in range(customers)]
    if any(d > capacity for d in demand):
        raise ValueError("a customer's demand exceeds the vehicle capacity")

    def dist(a: int, b: int) -> float:
        return math.hypot(pts[a][0] - pts[b][0], pts[a][1] - pts[b][1])

    savings = sorted(((dist(0, i) + dist(0, j) - dist(i, j), i, j)
                      for i in range(1, customers + 1) for j in range(i + 1, customers + 1)),
                     key=lambda s: (-s[0], s[1], s[2]))
    route_of = list(range(customers + 1))
    routes = {i: [i] for i in range(1, customers + 1)}
    load = {i: demand[i] for i in range(1, customers + 1)}
    for _, i, j in savings:
        ri, rj = route_of[i], route_of[j]
        if ri == rj or load[ri] + load[rj] > capacity:
            continue
        a, b = routes[ri], routes[rj]
        if a[-1] == i and b[0] == j:
            merged = a + b
        elif a[0] == i and b[-1] == j:
            merged = b + a
        elif a[0] == i and b[0] == j:
            merged = a[::-1] + b
        elif a[-1] == i and b[-1] == j:
            merged = a + b[::-1]
        else:
            continue
        routes[ri] = merged
        load[ri] += load[rj]
        del routes[rj], load[rj]
        for c in b:
            route_of[c] = ri
    total = 0.0
    for r in routes.values():
        total += dist(0, r[0]) + sum(dist(r[k], r[k + 1]) for k in range(len(r) - 1)) + dist(r[-1], 0)
    return len(routes), total, sorted(load.values())
