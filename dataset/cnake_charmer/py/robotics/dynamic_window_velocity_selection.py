"""Dynamic window approach: choosing velocity commands among point obstacles.

A unicycle robot drives toward a goal across a seeded field of point obstacles. Each
control cycle it forms the dynamic window of linear and angular velocities reachable
under its acceleration limits, rolls every sampled (v, w) pair forward for a short
horizon, discards those that come too close to an obstacle, and scores the rest on
final heading to the goal, clearance and speed. The best command is applied for one
cycle.

Keywords: robotics, dynamic window approach, dwa, local planner, velocity space, obstacle avoidance
"""

import math

from cnake_charmer.benchmarks import python_benchmark

DT = 0.25
HORIZON_STEPS = 10
SIM_DT = 0.15
MAX_SPEED = 1.2
MAX_TURN = 1.5
ACCEL = 0.6
TURN_ACCEL = 2.5
V_SAMPLES = 5
W_SAMPLES = 7
ROBOT_RADIUS = 0.4
GOAL = (18.0, 18.0)


def _rollout(pose: tuple, v: float, w: float, obstacles: list) -> tuple:
    """Simulate a constant command; return (final pose, minimum clearance)."""
    x, y, h = pose
    clearance = math.inf
    for _ in range(HORIZON_STEPS):
        h += w * SIM_DT
        x += v * math.cos(h) * SIM_DT
        y += v * math.sin(h) * SIM_DT
        for ox, oy in obstacles:
            d = math.sqrt((ox - x) * (ox - x) + (oy - y) * (oy - y))
            clearance = min(clearance, d)
    return (x, y, h), clearance


def _heading_score(pose: tuple) -> float:
    x, y, h = pose
    error = math.atan2(GOAL[1] - y, GOAL[0] - x) - h
    error = math.atan2(math.sin(error), math.cos(error))
    return math.pi - abs(error)


@python_benchmark(args=(35, 120, 23), cases=[(0, 80, 1), (20, 0, 2), (10, 30, 3), (60, 60, 4)])
def dynamic_window_velocity_selection(obstacles: int, cycles: int, seed: int) -> tuple:
    """Return (reached, cycles used, blocked cycles, distance travelled, min clearance, final pose)."""
    state = seed & 0x7FFFFFFF
    points = []
    while len(points) < obstacles:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        ox = 2.0 + 16.0 * (state >> 7) / 16777216.0
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        oy = 2.0 + 16.0 * (state >> 7) / 16777216.0
        if abs(ox - GOAL[0]) + abs(oy - GOAL[1]) > 1.5:
            points.append((ox, oy))

    pose = (0.0, 0.0, 0.0)
    v = w = 0.0
    travelled = 0.0
    closest = math.inf
    blocked = 0
    used = 0
    reached = False
    for _ in range(cycles):
        x, y, _h = pose
        if math.sqrt((GOAL[0] - x) * (GOAL[0] - x) + (GOAL[1] - y) * (GOAL[1] - y)) < 0.5:
            reached = True
            break
        used += 1
        v_low, v_high = max(0.0, v - ACCEL * DT), min(MAX_SPEED, v + ACCEL * DT)
        w_low, w_high = max(-MAX_TURN, w - TURN_ACCEL * DT), min(MAX_TURN, w + TURN_ACCEL * DT)
        best = None
        for i in range(V_SAMPLES):
            cand_v = v_low + (v_high - v_low) * i / (V_SAMPLES - 1)
            for j in range(W_SAMPLES):
                cand_w = w_low + (w_high - w_low) * j / (W_SAMPLES - 1)
                end, clearance = _rollout(pose, cand_v, cand_w, points)
                if clearance < ROBOT_RADIUS:
                    continue
                score = 1.0 * _heading_score(end) + 0.3 * min(clearance, 3.0) + 0.5 * cand_v
                if best is None or score > best[0]:
                    best = (score, cand_v, cand_w)
        if best is None:
            blocked += 1
            v = 0.0
            w = w_high if w_high > 0.0 else w_low
        else:
            _, v, w = best
        x, y, h = pose
        h += w * DT
        nx, ny = x + v * math.cos(h) * DT, y + v * math.sin(h) * DT
        travelled += math.sqrt((nx - x) * (nx - x) + (ny - y) * (ny - y))
        pose = (nx, ny, h)
        for ox, oy in points:
            closest = min(closest, math.sqrt((ox - nx) * (ox - nx) + (oy - ny) * (oy - ny)))
    return (reached, used, blocked, travelled, closest if closest < math.inf else -1.0, pose)
