"""Rapidly-exploring random tree path search across a field of circular obstacles.

A seeded field of disc obstacles is scattered over a 100 x 100 world, keeping the
start and goal clear. The tree grows from the start: each iteration samples a point
(with a small goal bias), finds the nearest tree node, steers at most one step
toward the sample and keeps the new node if the connecting segment misses every
disc. The search ends when a new node can see the goal within one step.

Keywords: robotics, motion planning, rrt, rapidly-exploring random tree, sampling-based planning, collision checking
"""

import math
from dataclasses import dataclass

from cnake_charmer.benchmarks import python_benchmark

WORLD = 100.0


@dataclass(frozen=True)
class Disc:
    x: float
    y: float
    r: float


class Lcg:
    def __init__(self, seed: int):
        self.state = seed & 0x7FFFFFFF

    def uniform(self) -> float:
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 7) / 16777216.0


def _segment_clear(ax: float, ay: float, bx: float, by: float, discs: list) -> bool:
    dx, dy = bx - ax, by - ay
    seg2 = dx * dx + dy * dy
    for d in discs:
        t = 0.0
        if seg2 > 0.0:
            t = ((d.x - ax) * dx + (d.y - ay) * dy) / seg2
            t = min(1.0, max(0.0, t))
        cx = ax + t * dx - d.x
        cy = ay + t * dy - d.y
        if cx * cx + cy * cy <= d.r * d.r:
            return False
    return True


def _distance(ax: float, ay: float, bx: float, by: float) -> float:
    return math.sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay))


@python_benchmark(args=(50, 20000, 0.6, 5), cases=[(0, 500, 5.0, 1), (30, 0, 2.0, 2), (40, 300, 3.0, 3), (10, 200, 200.0, 4)])
def rrt_obstacle_field_planner(obstacles: int, iterations: int, step: float, seed: int) -> tuple:
    """Return (found, tree size, iterations used, rejected extensions, path nodes, path length)."""
    rng = Lcg(seed)
    start = (5.0, 5.0)
    goal = (95.0, 95.0)
    discs = []
    while len(discs) < obstacles:
        disc = Disc(rng.uniform() * WORLD, rng.uniform() * WORLD, 2.0 + rng.uniform() * 6.0)
        if _distance(disc.x, disc.y, *start) > disc.r + 1.0 and _distance(disc.x, disc.y, *goal) > disc.r + 1.0:
            discs.append(disc)

    nodes = [start]
    parent = [-1]
    goal_node = -1
    rejected = 0
    used = 0
    if _distance(*start, *goal) <= step and _segment_clear(*start, *goal, discs):
        nodes.append(goal)
        parent.append(0)
        goal_node = 1
    while goal_node < 0 and used < iterations:
        used += 1
        if rng.uniform() < 0.05:
            sx, sy = goal
        else:
            sx, sy = rng.uniform() * WORLD, rng.uniform() * WORLD
        nearest = min(range(len(nodes)),
                      key=lambda i: (nodes[i][0] - sx) * (nodes[i][0] - sx) + (nodes[i][1] - sy) * (nodes[i][1] - sy))
        nx, ny = nodes[nearest]
        d = _distance(nx, ny, sx, sy)
        if d > step:
            sx = nx + (sx - nx) / d * step
            sy = ny + (sy - ny) / d * step
        if not _segment_clear(nx, ny, sx, sy, discs):
            rejected += 1
            continue
        nodes.append((sx, sy))
        parent.append(nearest)
        if _distance(sx, sy, *goal) <= step and _segment_clear(sx, sy, *goal, discs):
            nodes.append(goal)
            parent.append(len(nodes) - 2)
            goal_node = len(nodes) - 1

    path_nodes = 0
    length = 0.0
    node = goal_node
    while node > 0:
        p = parent[node]
        length += _distance(*nodes[p], *nodes[node])
        path_nodes += 1
        node = p
    return (goal_node >= 0, len(nodes), used, rejected, path_nodes, length)
