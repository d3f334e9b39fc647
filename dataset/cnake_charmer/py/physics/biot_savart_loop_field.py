"""Magnetic field of a circular current loop by discretised Biot-Savart summation.

A unit current flows around a circle of the given radius in the xy-plane, split into
straight segments. The field dB = dl x r / |r|^3 (units with mu0 / 4 pi = 1, lightly
softened) of every segment is summed at each point of a grid in the xz-plane. Returns
the field at the loop centre compared with the exact 2 pi / R, the strongest field on
the grid, the z-component along the axis (sampled) and the total |B| over the grid.

Keywords: physics, magnetostatics, biot savart, current loop, magnetic field, vector field
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(200, 31, 1.0), cases=[(3, 3, 1.0), (8, 1, 0.5), (16, 5, 2.0), (4, 0, 1.0)])
def biot_savart_loop_field(segments: int, grid: int, radius: float) -> Tuple[float, float, float, List[float], float]:
    """Sum the Biot-Savart field of a segmented loop on a grid x grid plane."""
    pts = [(radius * math.cos(2 * math.pi * k / segments), radius * math.sin(2 * math.pi * k / segments))
           for k in range(segments + 1)]
    pieces = []
    for k in range(segments):
        (x0, y0), (x1, y1) = pts[k], pts[k + 1]
        pieces.append(((x0 + x1) / 2, (y0 + y1) / 2, x1 - x0, y1 - y0))

    def field(px: float, py: float, pz: float) -> Tuple[float, float, float]:
        bx = by = bz = 0.0
        for mx, my, dlx, dly in pieces:
            rx, ry, rz = px - mx, py - my, pz
            r2 = rx * rx + ry * ry + rz * rz + 1e-9
            inv = 1.0 / (r2 * math.sqrt(r2))
            bx += dly * rz * inv
            by += -dlx * rz * inv
            bz += (dlx * ry - dly * rx) * inv
        return bx, by, bz

    centre = field(0.0, 0.0, 0.0)[2]
    exact = 2 * math.pi / radius
    strongest = 0.0
    total = 0.0
    axis: List[float] = []
    span = 2.0 * radius
    for j in range(grid):
        z = -span + 2 * span * j / max(grid - 1, 1)
        for i in range(grid):
            x = -span + 2 * span * i / max(grid - 1, 1)
            bx, by, bz = field(x, 0.0, z)
            mag = math.sqrt(bx * bx + by * by + bz * bz)
            total += mag
            strongest = max(strongest, mag)
            if i == grid // 2 and j % 3 == 0:
                axis.append(bz)
    return (centre, exact, strongest, axis, total)
