"""Cyclic coordinate descent inverse kinematics for a planar serial chain.

For each random target the chain is solved by cyclic coordinate descent: sweeping
from the last joint to the base, every joint is rotated so the line from the joint
to the tool points at the target. Sweeps stop when the tool is within tolerance or
the sweep budget runs out; the joint angles carry over to the next target, as a
real arm tracking a sequence of goals would.

Keywords: robotics, inverse kinematics, cyclic coordinate descent, ccd, planar chain, serial manipulator
"""

import math

from cnake_charmer.benchmarks import python_benchmark

TOLERANCE = 1e-4


def _forward(lengths: list, angles: list) -> list:
    """Joint positions (base first, tool last) for relative joint angles."""
    points = [(0.0, 0.0)]
    x = y = heading = 0.0
    for length, angle in zip(lengths, angles):
        heading += angle
        x += length * math.cos(heading)
        y += length * math.sin(heading)
        points.append((x, y))
    return points


def _distance(a: tuple, b: tuple) -> float:
    dx = a[0] - b[0]
    dy = a[1] - b[1]
    return math.sqrt(dx * dx + dy * dy)


def _wrap(angle: float) -> float:
    while angle > math.pi:
        angle -= 2.0 * math.pi
    while angle < -math.pi:
        angle += 2.0 * math.pi
    return angle


@python_benchmark(args=(8, 300, 60, 11), cases=[(1, 5, 10, 1), (4, 0, 10, 2), (3, 20, 0, 3), (5, 30, 25, 4), (0, 4, 5, 6)])
def ccd_inverse_kinematics_chain(links: int, targets: int, max_sweeps: int, seed: int) -> tuple:
    """Return (targets reached, total sweeps, residual error sum, angle checksum, final tool position)."""
    state = seed & 0x7FFFFFFF
    lengths = []
    for _ in range(links):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        lengths.append(0.4 + (state >> 7) / 16777216.0)
    reach = 0.0
    for length in lengths:
        reach += length
    angles = [0.0] * links

    reached = sweeps_used = 0
    residual = 0.0
    for _ in range(targets):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        radius = 0.9 * reach * (state >> 7) / 16777216.0
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        bearing = 2.0 * math.pi * (state >> 7) / 16777216.0
        tx, ty = radius * math.cos(bearing), radius * math.sin(bearing)

        error = _distance(_forward(lengths, angles)[-1], (tx, ty))
        sweeps = 0
        while error > TOLERANCE and sweeps < max_sweeps:
            sweeps += 1
            for j in reversed(range(links)):
                points = _forward(lengths, angles)
                jx, jy = points[j]
                ex, ey = points[-1]
                to_tool = math.atan2(ey - jy, ex - jx)
                to_target = math.atan2(ty - jy, tx - jx)
                angles[j] = _wrap(angles[j] + to_target - to_tool)
            error = _distance(_forward(lengths, angles)[-1], (tx, ty))
        sweeps_used += sweeps
        residual += error
        if error <= TOLERANCE:
            reached += 1

    checksum = 0.0
    for j, angle in enumerate(angles):
        checksum += (j + 1) * angle
    tool = _forward(lengths, angles)[-1]
    return (reached, sweeps_used, residual, checksum, tool)
