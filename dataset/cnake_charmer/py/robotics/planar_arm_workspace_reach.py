"""Reachable workspace of a planar n-link arm estimated by forward kinematics sampling.

Random joint configurations inside the joint limits are pushed through the forward
kinematics of a serial planar arm. A configuration where any joint or the tool dips
below the floor line is rejected; the tool positions of the rest are binned into a
square grid to estimate which part of the workspace the arm can actually reach.

Keywords: robotics, forward kinematics, planar arm, workspace, joint limits, sampling
"""

import math

from cnake_charmer.benchmarks import python_benchmark

FLOOR = -0.25


def _next(state: int) -> int:
    return (state * 1103515245 + 12345) & 0x7FFFFFFF


def _unit(state: int) -> float:
    return (state >> 8) / 8388608.0


@python_benchmark(args=(6, 30000, 48, 7), cases=[(1, 100, 8, 1), (3, 0, 10, 2), (4, 500, 1, 3), (2, 2000, 16, 5), (0, 10, 4, 9)])
def planar_arm_workspace_reach(links: int, samples: int, grid: int, seed: int) -> tuple:
    """Return (accepted, rejected, cells reached, busiest cell count, farthest reach, checksum)."""
    state = seed & 0x7FFFFFFF
    lengths = []
    for _ in range(links):
        state = _next(state)
        lengths.append(0.5 + _unit(state))
    reach = 0.0
    for length in lengths:
        reach += length
    if reach == 0.0:
        reach = 1.0
    limit = 0.9 * math.pi

    hits = [[0] * grid for _ in range(grid)]
    accepted = rejected = 0
    farthest = 0.0
    for _ in range(samples):
        x = y = heading = 0.0
        below = False
        for i, length in enumerate(lengths):
            state = _next(state)
            if i == 0:
                heading = _unit(state) * math.pi
            else:
                heading += (2.0 * _unit(state) - 1.0) * limit
            x += length * math.cos(heading)
            y += length * math.sin(heading)
            if y < FLOOR:
                below = True
        if below:
            rejected += 1
            continue
        accepted += 1
        farthest = max(farthest, math.sqrt(x * x + y * y))
        col = min(int((x + reach) / (2.0 * reach) * grid), grid - 1)
        row = min(int((y + reach) / (2.0 * reach) * grid), grid - 1)
        hits[row][col] += 1

    reached = sum(1 for row in hits for count in row if count)
    busiest = max((count for row in hits for count in row), default=0)
    checksum = 0
    for r, row in enumerate(hits):
        for c, count in enumerate(row):
            checksum = (checksum * 31 + count * (r + 1) + c) % 1000000007
    return (accepted, rejected, reached, busiest, farthest, checksum)
