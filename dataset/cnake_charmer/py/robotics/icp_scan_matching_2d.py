"""Point-to-point ICP registration of two simulated 2-D range scans.

A reference scan samples a seeded star-shaped room outline; the second scan is the
same outline seen from a displaced, rotated pose with seeded range noise. Iterative
closest point alternates brute-force nearest-neighbour correspondence with the
closed-form 2-D least-squares rigid alignment (rotation from the cross-covariance via
atan2, translation from the centroids) until the mean squared error stops improving.

Keywords: robotics, icp, iterative closest point, scan matching, registration, rigid transform, lidar
"""

import math

from cnake_charmer.benchmarks import python_benchmark


def _outline(points: int, state: int) -> tuple:
    harmonics = []
    for k in range(2, 6):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        harmonics.append((k, 0.5 + 2.5 * (state >> 7) / 16777216.0))
    scan = []
    for i in range(points):
        angle = 2.0 * math.pi * i / points
        radius = 10.0
        for k, amplitude in harmonics:
            radius += amplitude * math.sin(k * angle + k)
        scan.append((radius * math.cos(angle), radius * math.sin(angle)))
    return scan, state


@python_benchmark(args=(450, 40, 0.35, 13), cases=[(50, 0, 0.2, 1), (0, 10, 0.2, 2), (60, 30, 0.0, 3), (80, 25, -0.5, 4)])
def icp_scan_matching_2d(points: int, max_iterations: int, rotation: float, seed: int) -> tuple:
    """Return (iterations, final mean squared error, estimated (theta, tx, ty), distinct matches)."""
    reference, state = _outline(points, seed & 0x7FFFFFFF)
    if points == 0:
        return (0, 0.0, (0.0, 0.0, 0.0), 0)
    c, s = math.cos(rotation), math.sin(rotation)
    scan = []
    for x, y in reference:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        jitter = 1.0 + 0.01 * ((state >> 7) / 16777216.0 - 0.5)
        scan.append((c * x * jitter - s * y * jitter + 1.5, s * x * jitter + c * y * jitter - 0.8))

    theta = tx = ty = 0.0
    previous = math.inf
    error = 0.0
    iterations = 0
    matches = []
    for _ in range(max_iterations):
        iterations += 1
        matches = []
        error = 0.0
        for px, py in scan:
            best, best_d = 0, math.inf
            for j, (qx, qy) in enumerate(reference):
                d = (qx - px) * (qx - px) + (qy - py) * (qy - py)
                if d < best_d:
                    best, best_d = j, d
            matches.append(best)
            error += best_d
        error /= points

        mpx = mpy = mqx = mqy = 0.0
        for (px, py), j in zip(scan, matches):
            mpx += px
            mpy += py
            mqx += reference[j][0]
            mqy += reference[j][1]
        mpx, mpy, mqx, mqy = mpx / points, mpy / points, mqx / points, mqy / points
        sxx = sxy = syx = syy = 0.0
        for (px, py), j in zip(scan, matches):
            ax, ay = px - mpx, py - mpy
            bx, by = reference[j][0] - mqx, reference[j][1] - mqy
            sxx += ax * bx
            sxy += ax * by
            syx += ay * bx
            syy += ay * by
        step = math.atan2(sxy - syx, sxx + syy)
        cs, sn = math.cos(step), math.sin(step)
        dx = mqx - (cs * mpx - sn * mpy)
        dy = mqy - (sn * mpx + cs * mpy)
        scan = [(cs * px - sn * py + dx, sn * px + cs * py + dy) for px, py in scan]
        theta += step
        tx, ty = cs * tx - sn * ty + dx, sn * tx + cs * ty + dy

        if previous - error < 1e-10:
            break
        previous = error
    return (iterations, error, (theta, tx, ty), len(set(matches)))
