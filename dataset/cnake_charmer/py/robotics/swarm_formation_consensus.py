"""Consensus-based formation control of a robot swarm over a lossy communication graph.

Robots start scattered and must form a regular polygon anywhere in the plane. Each
runs a distributed consensus law on its formation-corrected position using only
neighbours on a ring-plus-random-chords graph whose links drop out at random each
step, adds short-range repulsion from every robot that is too close, and saturates
its speed. The run stops once the formation error falls below tolerance.

Keywords: robotics, swarm, multi-robot, consensus, formation control, distributed control, collision avoidance
"""

import math

from cnake_charmer.benchmarks import python_benchmark

GAIN = 0.4
DT = 0.1
MAX_SPEED = 2.0
SAFE = 1.0
REPULSION = 1.5
RADIUS = 8.0
TOLERANCE = 0.05
DROP_PERCENT = 20


class Lcg:
    def __init__(self, seed: int):
        self.state = seed & 0x7FFFFFFF

    def below(self, k: int) -> int:
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 16) % k


def _formation_error(pos: list, slots: list) -> float:
    n = len(pos)
    mx = my = 0.0
    for (x, y), (sx, sy) in zip(pos, slots):
        mx += x - sx
        my += y - sy
    mx /= n
    my /= n
    worst = 0.0
    for (x, y), (sx, sy) in zip(pos, slots):
        ex, ey = x - sx - mx, y - sy - my
        worst = max(worst, math.sqrt(ex * ex + ey * ey))
    return worst


@python_benchmark(args=(30, 14, 2000, 17), cases=[(1, 0, 100, 1), (5, 0, 0, 2), (8, 3, 500, 3), (0, 2, 10, 4), (12, 20, 800, 5)])
def swarm_formation_consensus(robots: int, chords: int, max_steps: int, seed: int) -> tuple:
    """Return (converged step or -1, steps run, dropped links, min separation, final error, centroid)."""
    if robots == 0:
        return (-1, 0, 0, -1.0, 0.0, (0.0, 0.0))
    rng = Lcg(seed)
    slots = [(RADIUS * math.cos(2.0 * math.pi * i / robots), RADIUS * math.sin(2.0 * math.pi * i / robots))
             for i in range(robots)]
    pos = [(rng.below(4000) / 100.0, rng.below(4000) / 100.0) for _ in range(robots)]
    edges = [(i, (i + 1) % robots) for i in range(robots) if robots > 1]
    for _ in range(chords):
        a, b = rng.below(robots), rng.below(robots)
        if a != b:
            edges.append((a, b))

    dropped = 0
    closest = math.inf
    converged = -1
    steps = 0
    error = _formation_error(pos, slots)
    while steps < max_steps:
        if error < TOLERANCE:
            converged = steps
            break
        velocity = [[0.0, 0.0] for _ in range(robots)]
        for a, b in edges:
            if rng.below(100) < DROP_PERCENT:
                dropped += 1
                continue
            dx = (pos[b][0] - slots[b][0]) - (pos[a][0] - slots[a][0])
            dy = (pos[b][1] - slots[b][1]) - (pos[a][1] - slots[a][1])
            velocity[a][0] += GAIN * dx
            velocity[a][1] += GAIN * dy
            velocity[b][0] -= GAIN * dx
            velocity[b][1] -= GAIN * dy
        for i in range(robots):
            for j in range(robots):
                if i == j:
                    continue
                dx = pos[i][0] - pos[j][0]
                dy = pos[i][1] - pos[j][1]
                d = math.sqrt(dx * dx + dy * dy)
                if i < j:
                    closest = min(closest, d)
                if 1e-12 < d < SAFE:
                    push = REPULSION * (SAFE - d) / d
                    velocity[i][0] += push * dx
                    velocity[i][1] += push * dy
        moved = []
        for (x, y), (vx, vy) in zip(pos, velocity):
            speed = math.sqrt(vx * vx + vy * vy)
            if speed > MAX_SPEED:
                vx = vx / speed * MAX_SPEED
                vy = vy / speed * MAX_SPEED
            moved.append((x + vx * DT, y + vy * DT))
        pos = moved
        steps += 1
        error = _formation_error(pos, slots)
    cx = cy = 0.0
    for x, y in pos:
        cx += x
        cy += y
    return (converged, steps, dropped, closest if closest < math.inf else -1.0, error, (cx / robots, cy / robots))
