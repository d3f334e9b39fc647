"""Probabilistic roadmap with k-nearest connections, queried by Dijkstra's algorithm.

Collision-free configurations are sampled among seeded axis-aligned box obstacles in
a 100 x 100 world; together with the start and goal they become roadmap vertices.
Every vertex tries to connect to its k nearest neighbours with a straight segment,
checked exactly against each box with the slab test. The start-goal query is then
answered with Dijkstra's algorithm on the roadmap.

Keywords: robotics, motion planning, probabilistic roadmap, prm, k-nearest neighbours, dijkstra
"""

import heapq
import math

from cnake_charmer.benchmarks import python_benchmark


def _lcg_stream(seed: int):
    state = seed & 0x7FFFFFFF
    while True:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield (state >> 7) / 16777216.0


def _inside(x: float, y: float, box: tuple) -> bool:
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _segment_hits_box(ax: float, ay: float, bx: float, by: float, box: tuple) -> bool:
    t_enter, t_exit = 0.0, 1.0
    for p, d, lo, hi in ((ax, bx - ax, box[0], box[2]), (ay, by - ay, box[1], box[3])):
        if abs(d) < 1e-12:
            if p < lo or p > hi:
                return False
            continue
        t1 = (lo - p) / d
        t2 = (hi - p) / d
        if t1 > t2:
            t1, t2 = t2, t1
        t_enter = max(t_enter, t1)
        t_exit = min(t_exit, t2)
        if t_enter > t_exit:
            return False
    return True


@python_benchmark(args=(500, 25, 8, 3), cases=[(0, 10, 3, 1), (0, 0, 1, 5), (50, 0, 5, 2), (80, 12, 0, 3), (120, 20, 4, 4)])
def prm_roadmap_dijkstra_query(samples: int, boxes: int, k: int, seed: int) -> tuple:
    """Return (edges, goal reached, path length, path hops, vertices settled)."""
    rand = _lcg_stream(seed)
    start, goal = (2.0, 2.0), (98.0, 98.0)
    obstacles = []
    while len(obstacles) < boxes:
        x, y = next(rand) * 90.0, next(rand) * 90.0
        w, h = 3.0 + next(rand) * 12.0, 3.0 + next(rand) * 12.0
        box = (x, y, x + w, y + h)
        if not _inside(*start, box) and not _inside(*goal, box):
            obstacles.append(box)

    points = [start, goal]
    while len(points) < samples + 2:
        p = (next(rand) * 100.0, next(rand) * 100.0)
        if not any(_inside(*p, box) for box in obstacles):
            points.append(p)
    n = len(points)

    adjacency = [[] for _ in range(n)]
    edges = set()
    for i, (xi, yi) in enumerate(points):
        candidates = sorted(((xj - xi) * (xj - xi) + (yj - yi) * (yj - yi), j)
                            for j, (xj, yj) in enumerate(points) if j != i)
        for _, j in candidates[:k]:
            key = (min(i, j), max(i, j))
            if key in edges:
                continue
            xj, yj = points[j]
            if any(_segment_hits_box(xi, yi, xj, yj, box) for box in obstacles):
                continue
            edges.add(key)
            w = math.sqrt((xj - xi) * (xj - xi) + (yj - yi) * (yj - yi))
            adjacency[i].append((j, w))
            adjacency[j].append((i, w))

    dist = [math.inf] * n
    prev = [-1] * n
    done = [False] * n
    dist[0] = 0.0
    heap = [(0.0, 0)]
    settled = 0
    while heap:
        d, u = heapq.heappop(heap)
        if done[u]:
            continue
        done[u] = True
        settled += 1
        if u == 1:
            break
        for v, w in adjacency[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                prev[v] = u
                heapq.heappush(heap, (dist[v], v))

    hops = 0
    if done[1]:
        v = 1
        while v != 0:
            v = prev[v]
            hops += 1
    return (len(edges), done[1], dist[1] if done[1] else -1.0, hops, settled)
