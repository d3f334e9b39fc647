"""Dead-reckoning drift of a differential-drive robot with quantised encoders and wheel slip.

A seeded mission of constant (speed, turn-rate) segments is driven by a two-wheeled
robot. On slippery stretches each wheel loses a random fraction of its rolling
distance, so the true pose (integrated along exact arcs) lags what the wheels turned.
Odometry only sees whole encoder ticks of wheel rotation and integrates them with the
second-order (midpoint heading) update. The result measures how far dead reckoning
drifts from the truth.

Keywords: robotics, odometry, differential drive, dead reckoning, wheel encoders, slip, kinematics
"""

import math

from cnake_charmer.benchmarks import python_benchmark

DT = 0.01
TRACK = 0.3
TICK = 2.0 * math.pi * 0.05 / 512


def _arc_step(pose: tuple, left: float, right: float) -> tuple:
    """Advance a pose by exact arc motion for given wheel travel distances."""
    x, y, h = pose
    ds = 0.5 * (left + right)
    dh = (right - left) / TRACK
    if abs(dh) < 1e-12:
        return (x + ds * math.cos(h), y + ds * math.sin(h), h)
    radius = ds / dh
    return (x + radius * (math.sin(h + dh) - math.sin(h)), y - radius * (math.cos(h + dh) - math.cos(h)), h + dh)


def _midpoint_step(pose: tuple, left: float, right: float) -> tuple:
    x, y, h = pose
    ds = 0.5 * (left + right)
    dh = (right - left) / TRACK
    mid = h + 0.5 * dh
    return (x + ds * math.cos(mid), y + ds * math.sin(mid), h + dh)


@python_benchmark(args=(120, 1000, 4), cases=[(0, 100, 1), (5, 0, 2), (1, 300, 3), (12, 250, 5)])
def diff_drive_odometry_slip(segments: int, steps_per_segment: int, seed: int) -> tuple:
    """Return (final drift, max drift, heading error, slip steps, ticks (left, right), true pose)."""
    state = seed & 0x7FFFFFFF

    def draw() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 7) / 16777216.0

    truth = (0.0, 0.0, 0.0)
    estimate = (0.0, 0.0, 0.0)
    wheel_left = wheel_right = 0.0
    ticks_left = ticks_right = 0
    slip_steps = 0
    worst = 0.0
    for _ in range(segments):
        speed = 0.2 + 0.8 * draw()
        turn = 2.0 * draw() - 1.0
        slippery = draw() < 0.3
        left_speed = speed - turn * TRACK / 2.0
        right_speed = speed + turn * TRACK / 2.0
        for _ in range(steps_per_segment):
            turned_left = left_speed * DT
            turned_right = right_speed * DT
            rolled_left, rolled_right = turned_left, turned_right
            if slippery:
                slip_steps += 1
                rolled_left = turned_left * (1.0 - 0.08 * draw())
                rolled_right = turned_right * (1.0 - 0.08 * draw())
            truth = _arc_step(truth, rolled_left, rolled_right)

            wheel_left += turned_left
            wheel_right += turned_right
            new_left = math.floor(wheel_left / TICK)
            new_right = math.floor(wheel_right / TICK)
            estimate = _midpoint_step(estimate, (new_left - ticks_left) * TICK, (new_right - ticks_right) * TICK)
            ticks_left, ticks_right = new_left, new_right

            dx, dy = estimate[0] - truth[0], estimate[1] - truth[1]
            worst = max(worst, math.sqrt(dx * dx + dy * dy))
    dx, dy = estimate[0] - truth[0], estimate[1] - truth[1]
    heading_error = math.atan2(math.sin(estimate[2] - truth[2]), math.cos(estimate[2] - truth[2]))
    return (math.sqrt(dx * dx + dy * dy), worst, heading_error, slip_steps, (ticks_left, ticks_right), truth)
