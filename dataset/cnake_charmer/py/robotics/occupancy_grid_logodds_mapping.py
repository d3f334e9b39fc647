"""Occupancy grid mapping from simulated range scans with integer log-odds updates.

A seeded indoor world (walled square with random rectangular blocks) is scanned from
random free poses. Each beam is traced with Bresenham's line algorithm through the
true map until it hits a wall or runs out of range; the robot's map lowers the
log-odds of every traversed cell and raises it at the hit cell, with clamping. The
result compares the built map with the ground truth.

Keywords: robotics, occupancy grid, mapping, log-odds, bresenham, range sensor, lidar
"""

import math

from cnake_charmer.benchmarks import python_benchmark

FREE_STEP = -4
HIT_STEP = 9
CLAMP = 50
THRESHOLD = 10


def _bresenham(x0: int, y0: int, x1: int, y1: int):
    dx, dy = abs(x1 - x0), -abs(y1 - y0)
    sx = 1 if x0 < x1 else -1
    sy = 1 if y0 < y1 else -1
    err = dx + dy
    while True:
        yield x0, y0
        if x0 == x1 and y0 == y1:
            return
        e2 = 2 * err
        if e2 >= dy:
            err += dy
            x0 += sx
        if e2 <= dx:
            err += dx
            y0 += sy


def _build_world(size: int, blocks: int, state: int) -> tuple:
    world = [[1 if r in (0, size - 1) or c in (0, size - 1) else 0 for c in range(size)] for r in range(size)]
    for _ in range(blocks):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r0 = 1 + (state >> 16) % (size - 2)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        c0 = 1 + (state >> 16) % (size - 2)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        h = 1 + (state >> 16) % 8
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        w = 1 + (state >> 16) % 8
        for r in range(r0, min(r0 + h, size - 1)):
            for c in range(c0, min(c0 + w, size - 1)):
                world[r][c] = 1
    return world, state


@python_benchmark(args=(100, 40, 150, 120, 45, 17), cases=[(30, 0, 3, 16, 20, 1), (40, 10, 0, 30, 15, 2), (25, 5, 4, 0, 10, 3), (50, 20, 6, 24, 1, 4)])
def occupancy_grid_logodds_mapping(size: int, blocks: int, scans: int, beams: int, max_range: int, seed: int) -> tuple:
    """Return (occupied, free, unknown, cells agreeing with truth, cells touched, log-odds checksum)."""
    world, state = _build_world(size, blocks, seed & 0x7FFFFFFF)
    log_odds = [[0] * size for _ in range(size)]
    touched = 0
    done_scans = 0
    while done_scans < scans:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        row = (state >> 16) % size
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        col = (state >> 16) % size
        if world[row][col]:
            continue
        done_scans += 1
        for b in range(beams):
            angle = 2.0 * math.pi * b / beams
            end_col = math.floor(col + max_range * math.cos(angle) + 0.5)
            end_row = math.floor(row + max_range * math.sin(angle) + 0.5)
            for c, r in _bresenham(col, row, end_col, end_row):
                touched += 1
                if world[r][c]:
                    log_odds[r][c] = min(CLAMP, log_odds[r][c] + HIT_STEP)
                    break
                log_odds[r][c] = max(-CLAMP, log_odds[r][c] + FREE_STEP)

    occupied = free = agree = 0
    checksum = 0
    for r in range(size):
        for c in range(size):
            value = log_odds[r][c]
            if value > THRESHOLD:
                occupied += 1
                agree += world[r][c] == 1
            elif value < -THRESHOLD:
                free += 1
                agree += world[r][c] == 0
            checksum = (checksum * 131 + value + CLAMP) % 1000000007
    unknown = size * size - occupied - free
    return (occupied, free, unknown, agree, touched, checksum)
