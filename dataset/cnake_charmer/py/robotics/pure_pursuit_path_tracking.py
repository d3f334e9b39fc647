"""Pure pursuit steering of a kinematic bicycle along a seeded winding path.

A path of closely spaced waypoints is built from a sum of seeded sinusoids. A
kinematic bicycle with a proportional speed loop follows it with the pure pursuit
law: pick the first waypoint at least one speed-dependent lookahead distance ahead,
and steer along the circular arc through it. The run reports how closely the
vehicle held the path (cross-track error against a windowed nearest waypoint) and
how far it got.

Keywords: robotics, pure pursuit, path tracking, bicycle model, lookahead, steering control
"""

import math

from cnake_charmer.benchmarks import python_benchmark

WHEELBASE = 2.5
DT = 0.05
MAX_STEER = 0.6
TARGET_SPEED = 6.0
LOOKAHEAD_GAIN = 0.4
LOOKAHEAD_MIN = 2.0
SEARCH_WINDOW = 40


def _make_path(waypoints: int, seed: int) -> list:
    state = seed & 0x7FFFFFFF
    waves = []
    for _ in range(3):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        amplitude = 1.0 + 6.0 * (state >> 7) / 16777216.0
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        wavelength = 30.0 + 90.0 * (state >> 7) / 16777216.0
        waves.append((amplitude, wavelength))
    path = []
    for i in range(waypoints):
        x = 0.5 * i
        y = 0.0
        for amplitude, wavelength in waves:
            y += amplitude * math.sin(2.0 * math.pi * x / wavelength)
        path.append((x, y))
    return path


@python_benchmark(args=(12000, 40000, 3), cases=[(500, 0, 1), (1, 100, 2), (200, 2000, 3), (50, 30, 4)])
def pure_pursuit_path_tracking(waypoints: int, max_steps: int, seed: int) -> tuple:
    """Return (steps, finished, target index, max cross-track, mean cross-track, final pose)."""
    path = _make_path(waypoints, seed)
    x, y, yaw, speed = 0.0, 0.0, 0.0, 0.0
    target = 0
    nearest = 0
    worst = 0.0
    total = 0.0
    steps = 0
    finished = waypoints == 0
    while steps < max_steps and not finished:
        lookahead = LOOKAHEAD_GAIN * speed + LOOKAHEAD_MIN
        while target < waypoints - 1:
            tx, ty = path[target]
            if math.sqrt((tx - x) * (tx - x) + (ty - y) * (ty - y)) >= lookahead:
                break
            target += 1
        tx, ty = path[target]
        alpha = math.atan2(ty - y, tx - x) - yaw
        steer = math.atan2(2.0 * WHEELBASE * math.sin(alpha), lookahead)
        steer = max(-MAX_STEER, min(MAX_STEER, steer))

        accel = 1.5 * (TARGET_SPEED - speed)
        x += speed * math.cos(yaw) * DT
        y += speed * math.sin(yaw) * DT
        yaw += speed / WHEELBASE * math.tan(steer) * DT
        speed += accel * DT
        steps += 1

        best = math.inf
        for i in range(nearest, min(nearest + SEARCH_WINDOW, waypoints)):
            px, py = path[i]
            d = math.sqrt((px - x) * (px - x) + (py - y) * (py - y))
            if d < best:
                best, nearest = d, i
        worst = max(worst, best)
        total += best
        gx, gy = path[-1]
        if target == waypoints - 1 and math.sqrt((gx - x) * (gx - x) + (gy - y) * (gy - y)) < 1.0:
            finished = True
    mean = total / steps if steps else 0.0
    return (steps, finished, target, worst, mean, (x, y, yaw))
