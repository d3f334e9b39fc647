"""Optimal launch angle of a projectile with quadratic air drag.

For each launch angle on a grid, the trajectory under gravity and drag force
proportional to v^2 is integrated with semi-implicit Euler until the projectile falls
back to the ground (the landing point is linearly interpolated). Returns the best
angle (degrees), its range, the range at 45 degrees and the longest flight time.

Keywords: physics, projectile motion, air drag, euler integration, ballistics, optimisation
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(200, 50.0, 0.02, 0.002), cases=[(1, 10.0, 0.0, 0.01), (2, 20.0, 0.1, 0.01), (10, 30.0, 0.05, 0.005), (0, 5.0, 0.1, 0.01)])
def projectile_drag_range(angles: int, speed: float, drag: float, dt: float) -> Tuple[float, float, float, float]:
    """Scan `angles` launch angles in (0, 90) degrees for the longest range."""
    best_angle, best_range, range45, longest = 0.0, 0.0, 0.0, 0.0
    g = 9.81
    for k in range(angles):
        deg = 90.0 * (k + 0.5) / angles
        th = math.radians(deg)
        x, y = 0.0, 0.0
        vx, vy = speed * math.cos(th), speed * math.sin(th)
        t = 0.0
        while True:
            v = math.sqrt(vx * vx + vy * vy)
            vx -= drag * v * vx * dt
            vy -= (g + drag * v * vy) * dt
            nx, ny = x + vx * dt, y + vy * dt
            t += dt
            if ny < 0.0:
                x = x + (nx - x) * (y / (y - ny))
                break
            x, y = nx, ny
        longest = max(longest, t)
        if x > best_range:
            best_angle, best_range = deg, x
        if abs(deg - 45.0) < 90.0 / angles / 2 + 1e-12 and range45 == 0.0:
            range45 = x
    return (best_angle, best_range, range45, longest)
