"""Composing a chain of axis-angle rotations with quaternions and applying them.

A sequence of seeded axis-angle rotations is converted to unit quaternions and
multiplied into a running orientation; after every step a fixed set of points is
rotated by the current orientation and their centroid is tracked. Returns the final
quaternion, the final centroid and the largest deviation of |q| from 1.

Keywords: geometry, quaternion, rotation, hamilton product, 3d transform, orientation
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark

Quat = Tuple[float, float, float, float]


def _mul(a: Quat, b: Quat) -> Quat:
    aw, ax, ay, az = a
    bw, bx, by, bz = b
    return (aw * bw - ax * bx - ay * by - az * bz,
            aw * bx + ax * bw + ay * bz - az * by,
            aw * by - ax * bz + ay * bw + az * bx,
            aw * bz + ax * by - ay * bx + az * bw)


@python_benchmark(args=(8000, 12, 8), cases=[(0, 3, 1), (1, 1, 2), (5, 0, 3), (20, 4, 4)])
def quaternion_rotation_chain(steps: int, points: int, seed: int) -> Tuple[Quat, Tuple[float, float, float], float]:
    """Compose `steps` seeded rotations and rotate `points` points after each."""
    state = seed & 0x7FFFFFFF
    pts = [(math.cos(k * 0.7), math.sin(k * 1.3), 0.5 * k / max(points, 1)) for k in range(points)]
    q = (1.0, 0.0, 0.0, 0.0)
    drift = 0.0
    centroid = (0.0, 0.0, 0.0)
    for _ in range(steps):
        vals = []
        for _ in range(4):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            vals.append(state / 2147483648.0)
        ax, ay, az = vals[0] - 0.5, vals[1] - 0.5, vals[2] - 0.5
        norm = math.sqrt(ax * ax + ay * ay + az * az) or 1.0
        half = (vals[3] - 0.5) * 0.2
        s = math.sin(half) / norm
        q = _mul((math.cos(half), ax * s, ay * s, az * s), q)
        drift = max(drift, abs(math.sqrt(sum(c * c for c in q)) - 1.0))
        conj = (q[0], -q[1], -q[2], -q[3])
        sx = sy = sz = 0.0
        for px, py, pz in pts:
            _, rx, ry, rz = _mul(_mul(q, (0.0, px, py, pz)), conj)
            sx += rx
            sy += ry
            sz += rz
        if points:
            centroid = (sx / points, sy / points, sz / points)
    return (q, centroid, drift)
