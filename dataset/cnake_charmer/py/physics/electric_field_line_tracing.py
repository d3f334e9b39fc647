"""Tracing electric field lines of point charges with a midpoint (RK2) integrator.

Field lines start on small circles around each positive charge and follow the unit
field direction E/|E| with fixed arc-length steps until they come close to a negative
charge or leave the domain. Returns how many lines end on each negative charge, how
many escape, and the total traced length.

Keywords: physics, electrostatics, electric field, field lines, coulomb, rk2 integration
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

CHARGES = [(-1.0, 0.0, 2.0), (1.2, 0.3, -1.0), (0.1, 1.4, -0.7), (0.4, -1.3, 1.0), (1.5, -1.2, -1.5)]


def _field(x: float, y: float) -> Tuple[float, float]:
    ex = ey = 0.0
    for cx, cy, q in CHARGES:
        dx, dy = x - cx, y - cy
        r2 = dx * dx + dy * dy
        inv = q / (r2 * math.sqrt(r2))
        ex += inv * dx
        ey += inv * dy
    return ex, ey


@python_benchmark(args=(36, 0.01, 1500), cases=[(1, 0.05, 10), (4, 0.1, 200), (0, 0.1, 50), (8, 0.02, 500)])
def electric_field_line_tracing(lines_per_charge: int, step: float, max_steps: int) -> Tuple[List[int], int, float]:
    """Trace `lines_per_charge` field lines from every positive charge."""
    negatives = [k for k, c in enumerate(CHARGES) if c[2] < 0]
    ends = [0] * len(negatives)
    escaped = 0
    length = 0.0
    for cx, cy, q in CHARGES:
        if q <= 0:
            continue
        for l in range(lines_per_charge):
            ang = 2 * math.pi * (l + 0.5) / lines_per_charge
            x, y = cx + 0.05 * math.cos(ang), cy + 0.05 * math.sin(ang)
            result = -1
            for _ in range(max_steps):
                ex, ey = _field(x, y)
                norm = math.hypot(ex, ey)
                mx, my = x + 0.5 * step * ex / norm, y + 0.5 * step * ey / norm
                ex, ey = _field(mx, my)
                norm = math.hypot(ex, ey)
                x, y = x + step * ex / norm, y + step * ey / norm
                length += step
                hit = next((i for i, k in enumerate(negatives)
                            if (x - CHARGES[k][0]) ** 2 + (y - CHARGES[k][1]) ** 2 < 0.0025), -1)
                if hit >= 0:
                    result = hit
                    break
                if abs(x) > 6 or abs(y) > 6:
                    break
            if result >= 0:
                ends[result] += 1
            else:
                escaped += 1
    return (ends, escaped, length)
