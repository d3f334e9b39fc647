"""Artificial potential field navigation with local-minimum detection and random-walk escapes.

Robots start along the left edge of a 100 x 100 world and descend a potential made of a
quadratic pull toward the goal plus inverse-distance repulsion from nearby disc
obstacles. Every few steps the progress toward the goal is checked; a robot that has
stalled in a local minimum takes a short seeded random walk to escape, and gives up
after too many escapes. Contact with an obstacle ends a run as a collision.

Keywords: robotics, potential field, navigation, local minimum, gradient descent, obstacle avoidance
"""

import math

from cnake_charmer.benchmarks import python_benchmark

ATTRACT = 0.05
REPEL = 40.0
INFLUENCE = 6.0
MAX_STEP = 0.5
WINDOW = 20
ESCAPES = 3
ESCAPE_STEPS = 15
GOAL = (90.0, 50.0)


class Lcg:
    def __init__(self, seed: int):
        self.state = seed & 0x7FFFFFFF

    def uniform(self) -> float:
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 7) / 16777216.0


def _force(x: float, y: float, discs: list) -> tuple:
    """Negative potential gradient at (x, y) and the clearance to the closest disc."""
    fx = ATTRACT * (GOAL[0] - x)
    fy = ATTRACT * (GOAL[1] - y)
    clearance = math.inf
    for ox, oy, r in discs:
        dx, dy = x - ox, y - oy
        centre = math.sqrt(dx * dx + dy * dy)
        d = centre - r
        clearance = min(clearance, d)
        if 0.0 < d < INFLUENCE:
            push = REPEL * (1.0 / d - 1.0 / INFLUENCE) / (d * d)
            fx += push * dx / centre
            fy += push * dy / centre
    return fx, fy, clearance


def _goal_distance(x: float, y: float) -> float:
    return math.sqrt((GOAL[0] - x) * (GOAL[0] - x) + (GOAL[1] - y) * (GOAL[1] - y))


@python_benchmark(args=(80, 25, 600, 9), cases=[(3, 0, 400, 1), (5, 10, 0, 2), (0, 5, 100, 3), (8, 30, 300, 4)])
def potential_field_escape_navigation(robots: int, obstacles: int, max_steps: int, seed: int) -> tuple:
    """Return (reached, gave up, collided, total steps, escapes, final position checksum)."""
    rng = Lcg(seed)
    discs = []
    while len(discs) < obstacles:
        disc = (20.0 + rng.uniform() * 60.0, rng.uniform() * 100.0, 1.5 + rng.uniform() * 5.0)
        if _goal_distance(disc[0], disc[1]) > disc[2] + 3.0:
            discs.append(disc)

    reached = gave_up = collided = total_steps = escapes_used = 0
    checksum = 0.0
    for robot in range(robots):
        x, y = 2.0, 100.0 * (robot + 0.5) / robots
        escapes = 0
        last_check = _goal_distance(x, y)
        outcome = ""
        for step in range(1, max_steps + 1):
            fx, fy, clearance = _force(x, y, discs)
            if clearance <= 0.0:
                outcome = "collided"
                break
            norm = math.sqrt(fx * fx + fy * fy)
            if norm > MAX_STEP:
                fx = fx / norm * MAX_STEP
                fy = fy / norm * MAX_STEP
            x += fx
            y += fy
            total_steps += 1
            remaining = _goal_distance(x, y)
            if remaining < 0.5:
                outcome = "reached"
                break
            if step % WINDOW == 0:
                if last_check - remaining < 0.2:
                    if escapes == ESCAPES:
                        outcome = "gave up"
                        break
                    escapes += 1
                    for _ in range(ESCAPE_STEPS):
                        angle = rng.uniform() * 2.0 * math.pi
                        x += MAX_STEP * math.cos(angle)
                        y += MAX_STEP * math.sin(angle)
                last_check = _goal_distance(x, y)
        if outcome == "reached":
            reached += 1
        elif outcome == "gave up":
            gave_up += 1
        elif outcome == "collided":
            collided += 1
        escapes_used += escapes
        checksum += (robot + 1) * (x + 0.5 * y)
    return (reached, gave_up, collided, total_steps, escapes_used, checksum)
